import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsProvinceCode, IsUnifiedSocialCreditCode, IsVisibleName, OptionalNotNull, PageArgs, Trim } from '#core';
import { IsAuthorityScope } from '../../access/authority-scope.js';
import { MemberRole, OrganizationKind } from '../../identity.enums.js';

@InputType()
export class OrganizationInput {
  @Field({ description: 'Chinese name (required).' })
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsVisibleName()
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsVisibleName()
  nameEn?: string;

  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field({ description: 'GB/T 2260 province code, e.g. 32 for Jiangsu.' })
  @IsProvinceCode()
  province: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 100)
  city: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: '龙头企业: a leading enterprise (LARGE_ENTERPRISE or SME).',
  })
  @OptionalNotNull()
  @IsBoolean()
  isLeadingEnterprise?: boolean;

  @Field({ nullable: true, description: '统一社会信用代码, 18 characters with a valid check character.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsUnifiedSocialCreditCode()
  creditCode?: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'GOVERNMENT only: a national authority (else it oversees its province).',
  })
  @OptionalNotNull()
  @IsBoolean()
  nationalAuthority?: boolean;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 200)
  @IsVisibleName()
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  @IsVisibleName()
  nameEn?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @IsProvinceCode()
  province?: string;

  @Field({ nullable: true })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 100)
  city?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsUnifiedSocialCreditCode()
  creditCode?: string;
}

@InputType()
export class InviteMemberInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field(() => MemberRole, { defaultValue: MemberRole.MEMBER })
  @IsEnum(MemberRole)
  role: MemberRole;
}

@InputType()
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind, { each: true })
  @ArrayMaxSize(20)
  kinds?: OrganizationKind[];

  @Field({ nullable: true, description: 'Only verified (true) or only unverified (false) organizations.' })
  @OptionalNotNull()
  @IsBoolean()
  verified?: boolean;

  @Field(() => [String], { nullable: true, description: 'GB/T 2260 province codes.' })
  @IsOptional()
  @IsProvinceCode({ each: true })
  @ArrayMaxSize(40)
  provinces?: string[];
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;
}

@ArgsType()
export class MembersArgs {
  @Field(() => MemberRole, { nullable: true, description: 'Only members with this role (EXPERT: your experts).' })
  @OptionalNotNull()
  @IsEnum(MemberRole)
  role?: MemberRole;
}

/**
 * The identity a site admin checked, as its list showed it: verification attests these values, so an organization
 * that changed any of them since (unverified, it may) is not verified under names nobody checked.
 */
@InputType()
export class ReviewedIdentityInput {
  // What an organization may hold, as OrganizationInput checks it, but compared as sent (nothing trimmed).
  @Field()
  @IsString()
  @Length(1, 200)
  @IsVisibleName()
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsVisibleName()
  nameEn?: string | null;

  @Field()
  @IsProvinceCode()
  province: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUnifiedSocialCreditCode()
  creditCode?: string | null;
}

@ArgsType()
export class VerifyOrganizationArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({
    nullable: true,
    description:
      'GOVERNMENT only: the jurisdiction you grant, NATIONAL or a province code. Left out, the province the ' +
      'organization is in, if that is what it asked for; a claim to be the national authority must be named.',
  })
  @IsOptional()
  @IsAuthorityScope()
  jurisdiction?: string;

  @Field(() => ReviewedIdentityInput, {
    nullable: true,
    description:
      'The names, province and credit code as you reviewed them (a null name or code: none shown). Sent, the ' +
      'organization is verified only if it still has exactly these (CONFLICT, reason REVIEWED_IDENTITY_CHANGED, ' +
      'naming the fields that changed, otherwise): the web app always sends them.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewedIdentityInput)
  reviewed?: ReviewedIdentityInput;
}
