import type { SeededRandom } from './random.js';

/** GB 32100-2015 character set: digits and capitals without I, O, S, V, Z. */
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Registration authority and organisation type, the first two characters of a credit code. */
export type CreditCodeIssuer =
  | '91' // enterprise registered with market regulation
  | '12' // public institution (事业单位): universities, public centres
  | '11'; // government body

/** The organisation-code part (GB 11714): eight characters and a mod-11 check character. */
function organizationCode(random: SeededRandom): string {
  // Codes issued since 2015 start with "MA"; older ones are all digits.
  const body = random.chance(0.5)
    ? `MA${Array.from({ length: 6 }, () => random.pick([...USCC_ALPHABET])).join('')}`
    : Array.from({ length: 8 }, () => String(random.int(0, 9))).join('');
  const sum = [...body].reduce((acc, char, index) => acc + parseInt(char, 36) * ORG_CODE_WEIGHTS[index], 0);
  const check = 11 - (sum % 11);
  return body + (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

/**
 * A unified social credit code (GB 32100-2015) for an organisation registered in the division whose
 * GB/T 2260 code starts with `divisionPrefix` (four digits), with a correct check character.
 */
export function generateCreditCode(random: SeededRandom, issuer: CreditCodeIssuer, divisionPrefix: string): string {
  const district = String(random.int(2, 13)).padStart(2, '0');
  const first17 = `${issuer}${divisionPrefix}${district}${organizationCode(random)}`;
  const sum = [...first17].reduce((acc, char, index) => acc + USCC_ALPHABET.indexOf(char) * USCC_WEIGHTS[index], 0);
  return first17 + USCC_ALPHABET[(31 - (sum % 31)) % 31];
}
