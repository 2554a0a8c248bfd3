// The fixed parts of the zip format (PKWARE's APPNOTE) that Annals' writer and reader share: record
// signatures, the sizes of the fixed records, and the zip64 markers that say "the real value is in
// the zip64 record or extra field".

export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
export const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
export const ZIP64_LOCATOR = 0x07064b50;

export const LOCAL_HEADER_BYTES = 30;
export const CENTRAL_HEADER_BYTES = 46;
export const END_BYTES = 22;
export const ZIP64_END_BYTES = 56;
export const ZIP64_LOCATOR_BYTES = 20;
/** The tag of the extra field holding 64-bit sizes and offsets. */
export const ZIP64_EXTRA = 0x0001;

/** A 32-bit field holding this means "see the zip64 extra field". */
export const MAX_32 = 0xffffffff;
/** A 16-bit entry count holding this means "see the zip64 end record". */
export const MAX_16 = 0xffff;

/** Bit 11 of the flags: names are UTF-8. Bit 3: sizes follow the data instead of the local header. */
export const FLAG_UTF8 = 0x0800;
export const FLAG_DATA_DESCRIPTOR = 0x0008;
export const FLAG_ENCRYPTED = 0x0001;

export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

/** The date and time of a file in MS-DOS form (two-second steps, local time, 1980 at the earliest). */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107);
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}
