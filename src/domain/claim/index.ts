export * from './claim.schema';
export * from './code-lists';
export * from './draft.schema';
export * from './factories';
export * from './field-format';
export * from './links';
