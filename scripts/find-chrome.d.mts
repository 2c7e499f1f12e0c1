export function findChrome(): string | null;
export const INSTALL_HINT: string;
