import { describe, expect, it } from '@jest/globals';
import { locationOutsideChina, locationOutsideProvince, PROVINCE_EXTENTS } from './province-extents.js';
import { PROVINCES } from './provinces.js';

describe('PROVINCE_EXTENTS', () => {
  it('has a well-formed extent for every province, holding its capital', () => {
    expect(Object.keys(PROVINCE_EXTENTS).sort()).toEqual(PROVINCES.map((p) => p.code).sort());
    for (const { code, capital } of PROVINCES) {
      const e = PROVINCE_EXTENTS[code];
      expect([code, e.south < e.north && e.west < e.east]).toEqual([code, true]);
      expect([code, capital.lat >= e.south && capital.lat <= e.north]).toEqual([code, true]);
      expect([code, capital.lng >= e.west && capital.lng <= e.east]).toEqual([code, true]);
    }
  });
});

describe('locationOutsideProvince', () => {
  it.each([
    ['32', { lat: 31.2989, lng: 120.5853 }, 'Suzhou'],
    ['32', { lat: 34.5967, lng: 119.2216 }, 'Lianyungang'],
    ['65', { lat: 39.4677, lng: 75.9938 }, 'Kashgar'],
    ['23', { lat: 52.9721, lng: 122.5386 }, 'Mohe'],
    ['15', { lat: 49.5986, lng: 117.3796 }, 'Manzhouli'],
    ['54', { lat: 32.5, lng: 80.1 }, 'Ngari (Shiquanhe)'],
    ['46', { lat: 16.8341, lng: 112.3389 }, 'Yongxing Island (Sansha)'],
    ['31', { lat: 31.35, lng: 121.8 }, 'Chongming, near the border with Jiangsu'],
  ])('accepts a place of the province: %s %s (%s)', (province, location) => {
    expect(locationOutsideProvince(province, location)).toBeUndefined();
  });

  it.each([
    ['32', { lat: -33.8688, lng: 151.2093 }, 'Sydney'],
    ['32', { lat: 120.5853, lng: 31.2989 }, 'Suzhou with latitude and longitude swapped'],
    ['32', { lat: 23.1291, lng: 113.2644 }, 'Guangzhou'],
    ['11', { lat: 31.2304, lng: 121.4737 }, 'Shanghai'],
    ['65', { lat: 39.9042, lng: 116.4074 }, 'Beijing'],
  ])('refuses a place outside it: %s %s (%s)', (province, location) => {
    expect(locationOutsideProvince(province, location)).toMatch(/is not in/);
  });
});

describe('locationOutsideChina', () => {
  it.each([
    [{ lat: 39.9042, lng: 116.4074 }, 'Beijing'],
    [{ lat: 39.4677, lng: 75.9938 }, 'Kashgar'],
    [{ lat: 53.4, lng: 122.3 }, 'Mohe, northernmost'],
    [{ lat: 22.3193, lng: 114.1694 }, 'Hong Kong'],
  ])('accepts a place in China: %s (%s)', (location) => {
    expect(locationOutsideChina(location)).toBeUndefined();
  });

  it.each([
    [{ lat: -33.8688, lng: 151.2093 }, 'Sydney'],
    [{ lat: 121.47, lng: 31.23 }, 'Shanghai with latitude and longitude swapped'],
    [{ lat: 0, lng: 0 }, 'zero, zero'],
    [{ lat: 48.8566, lng: 2.3522 }, 'Paris'],
  ])('refuses a place outside China: %s (%s)', (location) => {
    expect(locationOutsideChina(location)).toMatch(/not in China/);
  });
});
