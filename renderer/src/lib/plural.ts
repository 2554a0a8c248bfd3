export { formatCount, plural } from '../../../electron/contract/plural.ts';
