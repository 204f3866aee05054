// Signs every demo account in once (tokens kept in /tmp/probe13/tokens.json by lib.mjs).
import { demo } from './lib.mjs';
for (const who of [
  'admin',
  'startup',
  'sme',
  'operator',
  'operator-admin',
  'operator-staff',
  'university',
  'institute',
  'authority-jiangsu',
  'expert-jiangsu',
  'authority-national',
])
  await demo(who);
console.log('ok');
