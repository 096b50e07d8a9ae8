export { D, type Dec, type MoneyString } from './decimal';
export { parseDecimal, toMoneyString, type ParsedDecimal } from './parse-decimal';
