import { runContracts } from '@acct/harness';
import adapter from './adapter';

runContracts(adapter, import.meta.dirname);
