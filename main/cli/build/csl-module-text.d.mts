export const CSL_DIR: string;
export const STYLES_DIR: string;
export function cslModule(file: string, xml: string): string;
