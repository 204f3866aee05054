import { DataSource } from 'typeorm';
import type { TestApp } from './test-app.js';

export interface Facet {
  field: string;
  values: Array<{ value: string; count: number }>;
}
export interface FacetedPage {
  total: number;
  hits: Array<{ offering: { id: string } }>;
  facets: Facet[];
}

const SEARCH = `query($input: SearchOfferingsInput!) { searchOfferings(input: $input) {
  total hits { offering { id } } facets { field values { value count } } } }`;
const FIELDS = ['serviceType', 'industryDirection', 'province', 'level', 'accreditation'];

/**
 * A search's total and facets next to what they must equal: every match (all its pages) and the facets of those
 * matches counted by SQL from the catalog's own rows (accreditations: the offering's and its platform's), both in one
 * order so that they compare with toEqual.
 */
export function facetRecount(app: () => TestApp) {
  const search = async (input: Record<string, unknown>): Promise<FacetedPage> => {
    const res = await app().gql<{ searchOfferings: FacetedPage }>(SEARCH, { input });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.searchOfferings;
  };

  /** Every id the search matches, page by page. */
  const allMatches = async (input: Record<string, unknown>): Promise<string[]> => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await search({ ...input, limit: 100, offset });
      ids.push(...page.hits.map((hit) => hit.offering.id));
      if (page.hits.length < 100) return ids;
    }
  };

  /** Every facet field, its values by value, without any other property. */
  const sorted = (facets: Facet[]): Facet[] =>
    FIELDS.map((field) => ({
      field,
      values: (facets.find((f) => f.field === field)?.values ?? [])
        .map(({ value, count }) => ({ value, count }))
        .sort((a, b) => a.value.localeCompare(b.value)),
    }));

  /** The facets of these offerings counted by SQL from the catalog. */
  const recount = async (ids: readonly string[]): Promise<Facet[]> => {
    const rows: Array<{ field: string; value: string; count: number }> = await app()
      .app.get(DataSource)
      .query(
        `WITH m AS (
         SELECT o.id, o.service_type::text AS st, p.industry_direction::text AS dir, p.province::text AS prov,
                p.level::text AS lvl,
                ARRAY(SELECT DISTINCT a::text FROM unnest(o.accreditations || p.accreditations) a) AS acc
           FROM service_offering o JOIN platform p ON p.id = o.platform_id WHERE o.id = ANY($1::uuid[]))
       SELECT 'serviceType' AS field, st AS value, count(*)::int AS count FROM m GROUP BY st
       UNION ALL SELECT 'industryDirection', dir, count(*)::int FROM m GROUP BY dir
       UNION ALL SELECT 'province', prov, count(*)::int FROM m GROUP BY prov
       UNION ALL SELECT 'level', lvl, count(*)::int FROM m GROUP BY lvl
       UNION ALL SELECT 'accreditation', a, count(*)::int FROM m, unnest(m.acc) a GROUP BY a`,
        [ids],
      );
    return sorted(FIELDS.map((field) => ({ field, values: rows.filter((r) => r.field === field) })));
  };

  return { search, allMatches, sorted, recount };
}
