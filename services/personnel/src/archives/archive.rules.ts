import { DocumentKind } from './archive-document.entity';

/** Documents every archive must hold, by employment type. */
export function requiredDocuments(employmentType: 'FULL_TIME' | 'PART_TIME'): DocumentKind[] {
  return [
    DocumentKind.PHOTO,
    DocumentKind.RESUME,
    DocumentKind.ID_CARD_COPY,
    DocumentKind.DIPLOMA_COPY,
    DocumentKind.GUARANTEE_LETTER,
    DocumentKind.GUARANTOR_ID_COPY,
    employmentType === 'FULL_TIME' ? DocumentKind.LABOUR_CONTRACT : DocumentKind.COOPERATION_AGREEMENT,
  ];
}

/** The archive items a signed contract fills: filed with signContract, never as a loose document. */
export const CONTRACT_KINDS: readonly DocumentKind[] = [DocumentKind.LABOUR_CONTRACT, DocumentKind.COOPERATION_AGREEMENT];

/**
 * What the archive lacks. A certificate found not genuine does not count as present. The
 * contract item (labour contract for full-time, cooperation agreement for part-time) is filled
 * by a signed contract of that kind on record (the contracts module), whose term makes its
 * expiry visible; a loose document of a contract kind does not fill it.
 */
export function missingDocuments(
  employmentType: 'FULL_TIME' | 'PART_TIME',
  documents: ReadonlyArray<{ kind: DocumentKind; genuine: boolean | null }>,
  contracts: ReadonlyArray<{ kind: string }> = [],
): DocumentKind[] {
  const present = new Set<string>(documents.filter((d) => d.genuine !== false && !CONTRACT_KINDS.includes(d.kind)).map((d) => d.kind));
  contracts.forEach((c) => present.add(c.kind));
  return requiredDocuments(employmentType).filter((k) => !present.has(k));
}

/** The record an assessment result is a version of: one per person, cycle and period. */
export function assessmentRecordKey(cycle: string, period: string): string {
  return `${DocumentKind.ASSESSMENT}:${cycle}:${period}`;
}

/**
 * Where an arriving version of a record goes: it replaces the current version when it was
 * recorded at its source after it (a re-run), else it is an older version arriving late (a
 * replayed or reordered event) and is kept as superseded history under the current one.
 */
export function placeVersion(current: { recordedAt: Date } | null, arriving: { recordedAt: Date }): 'CURRENT' | 'SUPERSEDED' {
  return !current || arriving.recordedAt.getTime() >= current.recordedAt.getTime() ? 'CURRENT' : 'SUPERSEDED';
}

/** Kinds recorded with a decision (date, reason, decided by) rather than a file. */
export const DECISION_KINDS: readonly DocumentKind[] = [DocumentKind.REWARD, DocumentKind.PUNISHMENT];

/** Kinds that only other services feed in (by event), never entered by hand. */
export const FED_KINDS: readonly DocumentKind[] = [DocumentKind.ASSESSMENT, DocumentKind.TRAINING_RESULT];

/** Kinds that are certificates and get a genuineness check. */
export const CERTIFICATE_KINDS: readonly DocumentKind[] = [DocumentKind.ID_CARD_COPY, DocumentKind.DIPLOMA_COPY, DocumentKind.GUARANTOR_ID_COPY];

/** A mainland resident ID number: 17 digits and a digit or X (the check digit is verified). */
export function idNumberProblem(value: string): string | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'an ID number is 18 characters: 17 digits and a digit or X';
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(value[i]), 0);
  const check = '10X98765432'[sum % 11];
  return check === value[17] ? null : "the ID number's check digit does not match";
}
