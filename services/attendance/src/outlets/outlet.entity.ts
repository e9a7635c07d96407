/** Used when a manager has no outlet (or personnel has not registered the outlet's hours). */
export const DEFAULT_HOURS = { opensAt: '09:00', closesAt: '17:00' } as const;
