// The attacks of issue 13 with small payloads, in `npm test` (full size: attacks.stress.ts).
import { describeAttacks, SMALL } from './attacks.ts';

describeAttacks(SMALL, false);
