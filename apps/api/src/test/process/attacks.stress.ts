// The attacks of issue 13 at full size (a 200 MB hidden entry, 8 parallel exports), in
// `npm run test:stress`; prints the Reliability table rows of the README.
import { describeAttacks, FULL } from './attacks.ts';

describeAttacks(FULL, true);
