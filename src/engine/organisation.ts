// Temporary while the engine moves to engine/ (helpers still editing): remove before stopping.
export * from '../../engine/organisation';
