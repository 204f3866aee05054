import { Injectable } from '@nestjs/common';

/**
 * The current instant for every rule about time (notice, holds, periods, expiry). Rules ask it instead of
 * `new Date()` so that tests can run them at any instant: an e2e test moves it forward to see a period end.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
