export { plural } from '../../../electron/contract/plural.ts';
