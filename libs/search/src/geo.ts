/**
 * Distances for `near` searches, one formula for both engines: the haversine great-circle distance on a sphere of
 * the Earth's mean radius. The PostgreSQL engine evaluates the same formula in SQL (search-document.repository.ts).
 */
export const EARTH_RADIUS_KM = 6371.0088;

const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export interface GeoPoint {
  lat: number;
  lng: number;
}

export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  /** Null when the box would cross the antimeridian or reach a pole: then only latitude prefilters. */
  minLng: number | null;
  maxLng: number | null;
}

/**
 * A box that contains every point within `radiusKm` of the centre (a cheap prefilter before the haversine test).
 * Latitude degrees are all the same length; a longitude degree shrinks with cos(latitude), taken at the box's edge
 * nearest the pole so that the box is never too narrow.
 */
export function boundingBox(centre: GeoPoint, radiusKm: number): BoundingBox {
  const dLat = radiusKm / KM_PER_DEGREE;
  const minLat = Math.max(-90, centre.lat - dLat);
  const maxLat = Math.min(90, centre.lat + dLat);
  const widest = Math.max(Math.abs(minLat), Math.abs(maxLat));
  if (widest >= 89.9) return { minLat, maxLat, minLng: null, maxLng: null };
  const dLng = radiusKm / (KM_PER_DEGREE * Math.cos(toRadians(widest)));
  if (centre.lng - dLng < -180 || centre.lng + dLng > 180) return { minLat, maxLat, minLng: null, maxLng: null };
  return { minLat, maxLat, minLng: centre.lng - dLng, maxLng: centre.lng + dLng };
}

/**
 * Grid cells (fine, 0.5°, about 55 km, and coarse, 5°) that a document carries as tokens, so that a radius search
 * is an inverted-index lookup of the few cells covering its bounding box rather than a scan.
 */
export const GEO_GRIDS = [
  { name: 'g1', size: 0.5 },
  { name: 'g5', size: 5 },
] as const;

/** Above this many cells a grid is too fine for the box: the next one, or none, is used. */
export const MAX_GEO_CELLS = 64;

const cell = (value: number, size: number) => Math.floor(value / size);

export function geoCellTokens(point: GeoPoint): string[] {
  return GEO_GRIDS.map((grid) => `${grid.name}:${cell(point.lat, grid.size)}:${cell(point.lng, grid.size)}`);
}

/** The cells covering a box, on the finest grid that needs at most MAX_GEO_CELLS of them; null when none does. */
export function geoCellsCovering(box: BoundingBox): string[] | null {
  if (box.minLng === null || box.maxLng === null) return null;
  for (const grid of GEO_GRIDS) {
    const lat0 = cell(box.minLat, grid.size);
    const lat1 = cell(box.maxLat, grid.size);
    const lng0 = cell(box.minLng, grid.size);
    const lng1 = cell(box.maxLng, grid.size);
    if ((lat1 - lat0 + 1) * (lng1 - lng0 + 1) > MAX_GEO_CELLS) continue;
    const cells: string[] = [];
    for (let lat = lat0; lat <= lat1; lat += 1)
      for (let lng = lng0; lng <= lng1; lng += 1) cells.push(`${grid.name}:${lat}:${lng}`);
    return cells;
  }
  return null;
}
