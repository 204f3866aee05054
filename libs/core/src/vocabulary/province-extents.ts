import { provinceByCode } from './provinces.js';

/** A province's bounding box in degrees (WGS 84): its southern, northern, western and eastern extremes. */
export interface Extent {
  south: number;
  north: number;
  west: number;
  east: number;
}

/**
 * The extreme latitudes and longitudes of each provincial-level division, by GB/T 2260 code, rounded outward to a
 * tenth of a degree; islands count (Shandong's Changdao, Zhejiang's Zhoushan, Guangdong's Nan'ao, Taiwan's Kinmen and
 * Matsu), and Hainan's extends over the South China Sea islands it administers (Sansha). No maintained package on
 * the npm registry carries such a table (there are code and name lists, and map outlines for charting), so it is
 * kept here, next to the capitals, and checked by its spec (every capital and every demo city inside).
 */
export const PROVINCE_EXTENTS: Readonly<Record<string, Extent>> = {
  '11': { south: 39.4, north: 41.1, west: 115.4, east: 117.5 },
  '12': { south: 38.5, north: 40.3, west: 116.7, east: 118.1 },
  '13': { south: 36.0, north: 42.7, west: 113.4, east: 119.9 },
  '14': { south: 34.5, north: 40.8, west: 110.2, east: 114.6 },
  '15': { south: 37.4, north: 53.4, west: 97.2, east: 126.1 },
  '21': { south: 38.7, north: 43.5, west: 118.8, east: 125.8 },
  '22': { south: 40.8, north: 46.3, west: 121.6, east: 131.4 },
  '23': { south: 43.4, north: 53.6, west: 121.1, east: 135.1 },
  '31': { south: 30.6, north: 31.9, west: 120.8, east: 122.2 },
  '32': { south: 30.7, north: 35.2, west: 116.3, east: 122.0 },
  '33': { south: 27.0, north: 31.2, west: 118.0, east: 123.2 },
  '34': { south: 29.4, north: 34.7, west: 114.8, east: 119.7 },
  '35': { south: 23.5, north: 28.4, west: 115.8, east: 120.7 },
  '36': { south: 24.4, north: 30.1, west: 113.5, east: 118.5 },
  '37': { south: 34.3, north: 38.4, west: 114.7, east: 122.7 },
  '41': { south: 31.3, north: 36.4, west: 110.3, east: 116.7 },
  '42': { south: 29.0, north: 33.3, west: 108.3, east: 116.2 },
  '43': { south: 24.6, north: 30.2, west: 108.7, east: 114.3 },
  '44': { south: 20.2, north: 25.6, west: 109.6, east: 117.4 },
  '45': { south: 20.9, north: 26.4, west: 104.4, east: 112.1 },
  '46': { south: 3.5, north: 20.2, west: 108.3, east: 117.9 },
  '50': { south: 28.1, north: 32.2, west: 105.2, east: 110.2 },
  '51': { south: 26.0, north: 34.4, west: 97.3, east: 108.6 },
  '52': { south: 24.6, north: 29.3, west: 103.6, east: 109.6 },
  '53': { south: 21.1, north: 29.3, west: 97.5, east: 106.2 },
  '54': { south: 26.8, north: 36.6, west: 78.4, east: 99.2 },
  '61': { south: 31.7, north: 39.6, west: 105.5, east: 111.3 },
  '62': { south: 32.5, north: 42.8, west: 92.1, east: 108.8 },
  '63': { south: 31.5, north: 39.3, west: 89.4, east: 103.1 },
  '64': { south: 35.2, north: 39.4, west: 104.2, east: 107.7 },
  '65': { south: 34.3, north: 49.2, west: 73.5, east: 96.4 },
  '71': { south: 21.8, north: 26.4, west: 118.1, east: 122.1 },
  '81': { south: 22.1, north: 22.6, west: 113.8, east: 114.5 },
  '82': { south: 22.1, north: 22.3, west: 113.5, east: 113.6 },
};

/**
 * How far outside its extent a location may lie and still be taken as the province's: half a degree (about 55 km),
 * for an address on a border, a rounded coordinate or a map in GCJ-02 (China's shifted datum, off by up to ~0.7 km).
 */
export const PROVINCE_MARGIN_DEGREES = 0.5;

const withinExtent = (extent: Extent, location: { lat: number; lng: number }) =>
  location.lat >= extent.south - PROVINCE_MARGIN_DEGREES &&
  location.lat <= extent.north + PROVINCE_MARGIN_DEGREES &&
  location.lng >= extent.west - PROVINCE_MARGIN_DEGREES &&
  location.lng <= extent.east + PROVINCE_MARGIN_DEGREES;

/**
 * Why a location cannot be in China, or undefined when it can: it lies in no province's extent (widened as above).
 * For places given without a province, such as a pilot request's site: distances from Sydney, or from a point with
 * latitude and longitude swapped, would rank platforms by nonsense.
 */
export function locationOutsideChina(location: { lat: number; lng: number }): string | undefined {
  if (Object.values(PROVINCE_EXTENTS).some((extent) => withinExtent(extent, location))) return undefined;
  return `location (${location.lat}, ${location.lng}) is not in China (no province spans it)`;
}

/**
 * Why a location cannot be in the province, or undefined when it can: it lies outside the province's extent widened
 * by PROVINCE_MARGIN_DEGREES (Sydney for Jiangsu; latitude and longitude swapped). Unknown codes are the province
 * validator's to refuse, not this check's.
 */
export function locationOutsideProvince(province: string, location: { lat: number; lng: number }): string | undefined {
  const extent = PROVINCE_EXTENTS[province];
  const named = provinceByCode(province);
  if (!extent || !named) return undefined;
  if (withinExtent(extent, location)) return undefined;
  return `location (${location.lat}, ${location.lng}) is not in ${named.name.zh} (${named.name.en}), which spans latitude ${extent.south}–${extent.north} and longitude ${extent.west}–${extent.east}`;
}
