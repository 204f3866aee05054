import { registerEnumType, type EnumOptions } from '@nestjs/graphql';
import type { LabelTable } from '../i18n/label.js';

const labelled = new Map<string, LabelTable<string>>();

/**
 * Registers a GraphQL enum and its bilingual labels together, so every enum a client shows reaches it through the
 * one `vocabulary` query: the web app keeps no second copy of any label. Call it beside the enum and its table.
 */
export function registerLabelledEnum<E extends string>(
  enumRef: Record<string, E>,
  labels: LabelTable<E>,
  options: EnumOptions<Record<string, E>> & { name: string },
): void {
  registerEnumType(enumRef, options);
  labelled.set(options.name, labels);
}

/** Every labelled enum registered so far, by GraphQL name, in registration order. */
export function labelledEnums(): ReadonlyMap<string, LabelTable<string>> {
  return labelled;
}
