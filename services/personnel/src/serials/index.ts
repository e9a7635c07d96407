import type { PersonnelModule } from '../module';
import { ConfirmationSlip, SlipMonthClosure } from './confirmation-slip.entity';
import { SerialCounter } from './serial-number';
import { ConfirmationSlipResolver } from './slip.resolver';

export { allocateSerial, formatSerial, lockSerialCounter, SerialCounter, type Serial, type SerialSeries } from './serial-number';
export { ConfirmationSlip, SlipMonthClosure } from './confirmation-slip.entity';

/** gap-free serial numbers, customer confirmation slips. */
export const serialsModule: PersonnelModule = {
  entities: [SerialCounter, ConfirmationSlip, SlipMonthClosure],
  resolvers: [ConfirmationSlipResolver],
};
