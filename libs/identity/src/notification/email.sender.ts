import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, OutboxProcessor, type AppConfig, type PendingOutboxMessage } from '#core';
import { EMAIL_TOPIC, type EmailPayload } from './notification.service.js';

/** Sends notification e-mails from the outbox; a failed send throws, so the outbox retries it with backoff. */
@Injectable()
export class EmailSender implements OnModuleInit {
  private readonly logger = new Logger(EmailSender.name);
  private transporter: Transporter | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxProcessor,
  ) {}

  onModuleInit(): void {
    this.outbox.register(EMAIL_TOPIC, (messages) => this.send(messages));
  }

  private async send(messages: PendingOutboxMessage[]): Promise<void> {
    if (!this.config.smtp.url) {
      if (this.config.nodeEnv === 'production') {
        this.logger.warn(`${messages.length} e-mails dropped: SMTP_URL is not set`);
        return;
      }
      // Development without a mail server: the console is the mailbox (invitation codes included).
      for (const message of messages) {
        const payload = message.payload as unknown as EmailPayload;
        this.logger.log(`e-mail not sent (SMTP_URL unset) to ${payload.to}: ${payload.subject}\n${payload.text}`);
      }
      return;
    }
    this.transporter ??= nodemailer.createTransport(this.config.smtp.url);
    for (const message of messages) {
      const payload = message.payload as unknown as EmailPayload;
      await this.transporter.sendMail({
        from: this.config.smtp.from,
        to: payload.to,
        subject: payload.subject,
        text: payload.text,
      });
    }
  }
}
