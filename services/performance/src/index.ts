export { createServer, DEFAULT_PORT } from './server';
export { performance, PERFORMANCE_ENTITIES } from './service';
export { readXlsx, writeXlsx } from './payroll/xlsx';
export { importMetrics } from './metrics/metrics-import';
export { computePayroll, signPayroll, fileWithBrokerageOffice } from './payroll/payroll.service';
export { compare } from './headoffice/comparison';
export { CompensationStandard, StandardStatus } from './compensation/standard.entity';
export { DEMO_RULES, computePay, type CompensationRules } from './compensation/pay-rules';
export { rejectPayroll } from './payroll/payroll.service';
