import { Field, Float, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsPositive,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsQuantity, IsVisibleName, Trim, TrimOrNull } from '#core';

@InputType()
export class SpecificationInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 100)
  key: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 200)
  value: string;

  @Field({ nullable: true })
  @IsOptional()
  @TrimOrNull()
  @IsString()
  @MaxLength(30)
  unit?: string;
}

@InputType()
export class CapacityInput {
  @Field(() => Float, { description: 'Greater than 0.' })
  @IsQuantity()
  @IsPositive({ message: 'value must be greater than 0' })
  value: number;

  @Field({ description: 'e.g. L, t/day, m², kN.' })
  @Trim()
  @IsString()
  @Length(1, 30)
  unit: string;
}

@InputType()
export class CreateEquipmentInput {
  @Field(() => ID)
  @IsUUID()
  platformId: string;

  @Field()
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

  @Field({ nullable: true })
  @IsOptional()
  @TrimOrNull()
  @IsString()
  @MaxLength(100)
  model?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TrimOrNull()
  @IsString()
  @MaxLength(200)
  manufacturer?: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 100)
  category: string;

  @Field(() => [SpecificationInput], { defaultValue: [], description: 'Each key at most once.' })
  @ValidateNested({ each: true })
  @Type(() => SpecificationInput)
  @ArrayMaxSize(100)
  @ArrayUnique((spec: SpecificationInput) => spec.key, { message: 'specifications must not repeat a key' })
  specifications: SpecificationInput[];

  @Field(() => CapacityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CapacityInput)
  capacity?: CapacityInput;

  @Field({ defaultValue: true })
  @IsBoolean()
  shareable: boolean;
}

@InputType()
export class UpdateEquipmentInput extends PartialType(OmitType(CreateEquipmentInput, ['platformId'] as const), {
  omitDefaultValues: true,
  // Left out: unchanged. Null: refused by the field's own rules (NOT NULL columns), unless the field allows null.
  skipNullProperties: false,
}) {
  @Field(() => ID)
  @IsUUID()
  id: string;
}
