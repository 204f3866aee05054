import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { getMetadataStorage, IsInt, IsPositive, IsString, validate, type ValidationError } from 'class-validator';
import { rememberValidationRuleLookups } from './rule-lookup-cache.js';

class Parent {
  @IsInt({ groups: ['strict'] })
  a: unknown;
}

class Child extends Parent {
  @IsString()
  b: unknown;

  c: unknown;
}

const child = (values: Partial<Child>) => Object.assign(new Child(), values);
const failed = (errors: ValidationError[]) =>
  errors.map((error) => `${error.property}: ${Object.keys(error.constraints ?? {}).join(',')}`).sort();

describe('rememberValidationRuleLookups', () => {
  rememberValidationRuleLookups();

  it('finds a class’s own and inherited rules, once per class and options', async () => {
    const wrong = child({ a: 'x', b: 1 });
    expect(failed(await validate(wrong))).toEqual(['a: isInt', 'b: isString']);
    // Groups select other rules: remembered apart.
    expect(failed(await validate(wrong, { groups: ['strict'] }))).toEqual(['a: isInt']);
    expect(failed(await validate(wrong))).toEqual(['a: isInt', 'b: isString']);
    const storage = getMetadataStorage();
    const lookup = () => storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(lookup()).toBe(lookup());
  });

  it('forgets what it remembered when a rule is registered later, on the class or a parent', async () => {
    const wrong = child({ a: 'x', b: 1, c: -1 });
    expect(failed(await validate(wrong))).toEqual(['a: isInt', 'b: isString']);
    IsPositive()(Parent.prototype, 'c');
    expect(failed(await validate(wrong))).toEqual(['a: isInt', 'b: isString', 'c: isPositive']);
  });
});
