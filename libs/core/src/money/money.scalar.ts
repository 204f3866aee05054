import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { formatTotal, moneyFromNumber, MoneyFormatError, parseMoney } from './money.js';

const EXAMPLE = 'such as "1280.50"';

function parse(value: unknown): number {
  try {
    if (typeof value === 'string') return parseMoney(value);
    if (typeof value === 'number') return moneyFromNumber(value);
  } catch (error) {
    if (error instanceof MoneyFormatError) throw new GraphQLError(`Money: ${error.message}`);
    throw error;
  }
  throw new GraphQLError(
    `Money must be a decimal amount in CNY ${EXAMPLE}, not a ${value === null ? 'null' : typeof value}`,
  );
}

/**
 * Amounts in CNY, exact: written as decimal strings with two decimals ("1280.50"), totals with as many integer digits
 * as they take; read from a string or a JSON number with at most two decimals and 13 integer digits, by its digits
 * (see money.ts). Inside the server the value is integer fen: a number for amounts, a bigint for totals.
 */
export const Money = new GraphQLScalarType({
  name: 'Money',
  description:
    `An exact amount in CNY as a decimal string with two decimals, ${EXAMPLE}. Outputs that are totals (sums over ` +
    'many charges) may have any number of integer digits: read them as decimal text, not as a float. Inputs take ' +
    'a string or a number with at most two decimals, up to 9999999999999.99. Never a float.',
  serialize(value: unknown) {
    if (typeof value === 'bigint') return formatTotal(value);
    if (typeof value === 'number' && Number.isSafeInteger(value)) return formatTotal(BigInt(value));
    throw new GraphQLError('Money cannot serialize a value that is not an amount in fen');
  },
  parseValue: parse,
  parseLiteral(ast: ValueNode) {
    // The literal's own digits: 0.1 written in a query is "0.1", never the double nearest to it.
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parse(String(ast.value));
    throw new GraphQLError(`Money must be a decimal amount in CNY ${EXAMPLE}`);
  },
});
