/**
 * A branch's month end on the real parts (PostgreSQL, Kafka, Keycloak; the gateway and the four
 * subgraphs as separate processes), everything through the gateway with Keycloak tokens:
 * attendance records SZ01's July and August 2026 in bulk and closes July to September; performance
 * learns the closes over Kafka (AttendanceMonthClosed); finance imports the CRM figures, computes
 * August's payroll (hand-checked nets), it is signed fin.sz -> dep.sz -> mgr.sz and filed, and
 * personnel archives the pay report over Kafka (PayrollFiled); the quarterly assessment of 2026-Q3
 * proposes E1002 down a level, the branch manager confirms, and personnel's Employee.level changes
 * over Kafka (LevelChangeApproved). Facts in force, decided now about August: E1004's level changes
 * from L1 to L2 on the 16th and E1219 leaves on the 14th; August's payroll pays E1004 each part at
 * its level and E1219 to the 14th (on the pay report, signed by names), over Kafka. A new outlet
 * reaches attendance by personnel.organisation.
 *
 * Attendance runs on the real clock here (no clock to move across processes), so the months are
 * past ones no other e2e test uses: approved leave cannot be shown (it must be requested before it
 * starts, and the month must have ended to close). Other e2e files hire into SZ01 first, in the same
 * databases, and this file hires one more in November: it records the demo managers only, and
 * payroll and assessment leave out managers hired after the month or quarter.
 */
import { monthEndWalk } from './month-end-walk';
import { startGraph, type Graph } from './support';

const walk = monthEndWalk();
let graph: Graph;
beforeAll(async () => {
  graph = await startGraph();
  await walk.prepare();
});
afterAll(() => graph?.stop());

describe('month end of SZ01 on the real parts', () => {
  for (const step of walk.steps) it(step.name, step.run);
});
