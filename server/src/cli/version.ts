// The version is read from package.json at build time: esbuild inlines just this one field.
import { version } from '../../../package.json';

export const VERSION: string = version;
