import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsVisibleName } from '#core';
import { OrganizationInput } from '../../organization/dto/organization.input.js';
import { IsHardToGuess } from '../password.strength.js';

const normalizeEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

@InputType()
export class RegisterInput {
  @Field()
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field({
    description:
      'At least 10 characters, and hard to guess: common passwords, repetitions, sequences and words of your e-mail address or names are refused.',
  })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters long' })
  @MaxLength(200)
  @IsHardToGuess(['email', 'displayName', 'organization.name', 'organization.nameEn'])
  password: string;

  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  @IsVisibleName()
  displayName: string;

  @Field(() => OrganizationInput, { nullable: true, description: 'A new organization, of which you become OWNER.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationInput)
  organization?: OrganizationInput;

  @Field(() => ID, { nullable: true, description: 'Join an existing organization that invited this e-mail address.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field({
    nullable: true,
    description: 'With organizationId: the invitation code e-mailed to this address, proving it is yours.',
  })
  // A code copied out of an e-mail often brings a blank or a line break with it; codes never contain blanks.
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsOptional()
  @IsString()
  @Length(1, 100)
  invitationToken?: string;
}

@InputType()
export class LoginInput {
  @Field()
  @Transform(normalizeEmail)
  @IsString()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;
}
