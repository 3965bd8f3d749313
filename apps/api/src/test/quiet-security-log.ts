// Unit tests refuse thousands of requests on purpose (role matrix, fuzzing); their security log
// lines would bury the test output. security-log.test.ts reads the lines through its own sink.
import { setSecurityLogSink } from '../lib/security-log.ts';

setSecurityLogSink(() => {});
