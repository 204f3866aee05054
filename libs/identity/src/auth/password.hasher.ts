import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes): strong, and fast enough for tests that register many users.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private readonly dummyHash = argon2.hash('pilotmatch-dummy-password', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  /** Verifies against a dummy hash when there is no user, so a wrong e-mail costs as long as a wrong password. */
  async verify(hash: string | undefined, password: string): Promise<boolean> {
    const ok = await argon2.verify(hash ?? (await this.dummyHash), password);
    return hash !== undefined && ok;
  }
}
