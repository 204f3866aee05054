import { describe, expect, it } from '@jest/globals';
import { IsInt, IsOptional, Length, MetadataStorage, ValidateNested, validate } from 'class-validator';
import { Type } from 'class-transformer';
import { rememberValidationRules } from './validation.pipe.js';

const codes = async (value: object) =>
  (await validate(value, { whitelist: true, forbidNonWhitelisted: true })).map((e) => [
    e.property,
    Object.keys(e.constraints ?? {}),
    (e.children ?? []).map((c) => c.property),
  ]);

describe('rememberValidationRules', () => {
  it('answers as class-validator does, and sees a rule added after lookups were remembered', async () => {
    class Near {
      @IsInt() lat!: number;
    }
    class Input {
      @IsInt() count!: number;
      @IsOptional() @ValidateNested() @Type(() => Near) near?: Near;
    }
    const bad = () =>
      Object.assign(new Input(), { count: 'x', near: Object.assign(new Near(), { lat: 'y' }), extra: 1 });
    const before = await codes(bad());
    expect(before).toEqual([
      ['extra', ['whitelistValidation'], []],
      ['count', ['isInt'], []],
      ['near', [], ['lat']],
    ]);
    rememberValidationRules();
    rememberValidationRules(); // idempotent: one layer of remembering
    expect(await codes(bad())).toEqual(before);
    expect(await codes(bad())).toEqual(before); // the remembered lookups answer the same

    // A rule added now (a class whose module loads late, a decorator applied later) is seen at once.
    Length(2, 5)(Input.prototype, 'name');
    const named = Object.assign(new Input(), { count: 1, name: 'a' });
    expect(await codes(named)).toEqual([['name', ['isLength'], []]]);
    class Subclass extends Input {
      @IsInt() more!: number;
    }
    expect(await codes(Object.assign(new Subclass(), { count: 'x', name: 'abc', more: 'z' }))).toEqual([
      ['more', ['isInt'], []],
      ['count', ['isInt'], []],
    ]);
  });

  it('remembers per storage and per lookup options (groups)', async () => {
    const storage = new MetadataStorage();
    rememberValidationRules(storage);
    class Grouped {}
    storage.addValidationMetadata({
      target: Grouped,
      propertyName: 'a',
      type: 'customValidation',
      groups: ['g'],
      always: undefined,
      each: false,
      context: undefined,
      validationTypeOptions: undefined,
      constraints: [],
      constraintCls: Object,
      message: 'm',
      name: 'n',
    } as never);
    expect(storage.getTargetValidationMetadatas(Grouped, '', false, false, ['g'])).toHaveLength(1);
    expect(storage.getTargetValidationMetadatas(Grouped, '', false, false, ['other'])).toHaveLength(0);
    expect(storage.getTargetValidationMetadatas(Grouped, '', false, false, ['g'])).toHaveLength(1);
  });
});
