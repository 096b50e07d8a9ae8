export { definePackKind, isInForce, packHeaderSchema, packsInForce, parsePack, type PackHeader, type PackKind, type RulePack } from './pack';
