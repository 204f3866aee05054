import { createSecretKey } from 'node:crypto';
import { Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, JobScheduler, type AppConfig } from '#core';
import { AccessPolicy } from './access/access.policy.js';
import { AuthGuard } from './access/auth.guard.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { AuthService } from './auth/auth.service.js';
import { DownloadLinks } from './auth/download-link.js';
import { LoginAttemptEntity } from './auth/login-attempt.entity.js';
import { LoginAttemptRepository } from './auth/login-attempt.repository.js';
import { LoginThrottle } from './auth/login.throttle.js';
import { RegistrationThrottle } from './auth/registration.throttle.js';
import { InvitationThrottle } from './organization/invitation.throttle.js';
import { PasswordHasher } from './auth/password.hasher.js';
import { PasswordScorer } from './auth/password-scorer.js';
import { TokenService } from './auth/token.service.js';
import { IdentityLoaders } from './identity.loaders.js';
import { IdentityService } from './identity.service.js';
import { InvitationEntity } from './organization/invitation.entity.js';
import { OrganizationEntity } from './organization/organization.entity.js';
import { OrganizationRepository } from './organization/organization.repository.js';
import { OrganizationResolver } from './organization/organization.resolver.js';
import { OrganizationService } from './organization/organization.service.js';
import { UserEntity } from './user/user.entity.js';
import { UserRepository } from './user/user.repository.js';
import { UserResolver } from './user/user.resolver.js';
import { EmailSender } from './notification/email.sender.js';
import { NotificationEntity } from './notification/notification.entity.js';
import { NotificationRepository } from './notification/notification.repository.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { NotificationService } from './notification/notification.service.js';

/** Organizations, users, sign-in and the access rules every other context relies on. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      OrganizationEntity,
      UserEntity,
      InvitationEntity,
      LoginAttemptEntity,
      NotificationEntity,
    ]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        if (!config.auth.jwtSecret) throw new Error('JWT secret missing: prepareRuntime provides one');
        // A KeyObject, not a string: jsonwebtoken otherwise tries (and fails) to parse the secret as a public key on
        // every verify, which measured 290 µs against 5 µs. Same bytes, so issued tokens stay valid.
        const secret = createSecretKey(Buffer.from(config.auth.jwtSecret, 'utf8'));
        return { secret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } };
      },
    }),
  ],
  providers: [
    AccessPolicy,
    AuthService,
    AuthResolver,
    DownloadLinks,
    EmailSender,
    NotificationRepository,
    NotificationResolver,
    NotificationService,
    IdentityLoaders,
    IdentityService,
    LoginThrottle,
    RegistrationThrottle,
    InvitationThrottle,
    OrganizationRepository,
    OrganizationResolver,
    OrganizationService,
    PasswordHasher,
    PasswordScorer,
    LoginAttemptRepository,
    TokenService,
    UserRepository,
    UserResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccessPolicy, IdentityLoaders, IdentityService, NotificationService],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly throttle: LoginThrottle,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'identity.login-throttle.cleanup',
      intervalMs: 60 * 60 * 1000,
      run: () => this.throttle.cleanup(),
    });
  }
}
