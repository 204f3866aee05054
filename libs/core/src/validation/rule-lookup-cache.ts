import { getMetadataStorage, type MetadataStorage } from 'class-validator';

type Lookup = MetadataStorage['getTargetValidationMetadatas'];
type Grouping = MetadataStorage['groupByPropertyName'];
/** class-validator does not export the type of a registered rule. */
type ValidationMetadata = ReturnType<Lookup>[number];

let installed = false;

/**
 * class-validator finds a class's rules again on every `validate()`: it tests the class against every class that has
 * rules (88 here) for inherited ones, filters both lists, then groups them by property — for a search's input that
 * was over half the time of validating it (docs/benchmarks.md; typestack/class-validator#2686, open). A class's rules
 * are all registered when its module and its parents' have loaded, before anything can validate it, so the lookup
 * and its grouping are remembered per class and options; registering any rule later forgets everything remembered.
 * The storage is class-validator's one global instance, so every validation (the global pipe's and any other) uses
 * the same rules as before. Callers of the lookup only read the arrays it returns (ValidationExecutor, Nest's pipe).
 */
export function rememberValidationRuleLookups(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage();
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group: Grouping = storage.groupByPropertyName.bind(storage);
  const addRule = storage.addValidationMetadata.bind(storage);
  let lookups = new Map<Parameters<Lookup>[0], Map<string, ValidationMetadata[]>>();
  let groupings = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  // addValidationSchema registers through this method too.
  storage.addValidationMetadata = (rule) => {
    lookups = new Map();
    groupings = new WeakMap();
    addRule(rule);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = JSON.stringify([schema ?? null, always, strictGroups, groups ?? null]);
    let byOptions = lookups.get(target);
    if (!byOptions) lookups.set(target, (byOptions = new Map()));
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = lookup(target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.groupByPropertyName = (rules) => {
    let grouped = groupings.get(rules);
    if (!grouped) groupings.set(rules, (grouped = group(rules)));
    return grouped;
  };
}
