import type { TeacherVoice } from "../finding.js";

/** The missing say of teachers in words, in English and Dutch, for the messages of two pitfalls. */
export function voiceWords(voice: TeacherVoice): { en: string; nl: string } {
  const seats =
    voice.teacherSeats === null
      ? { en: "no board seats for teachers", nl: "geen bestuurszetels voor leraren" }
      : { en: `${voice.teacherSeats} board seats for teachers elected directly`, nl: `${voice.teacherSeats} rechtstreeks gekozen bestuurszetels voor leraren` };
  const assembly =
    voice.assemblyOpenToUnorganised === null
      ? { en: "no assembly open to teachers", nl: "geen ledenvergadering die openstaat voor leraren" }
      : voice.assemblyOpenToUnorganised
        ? { en: "an assembly open to unorganised teachers", nl: "een ledenvergadering die openstaat voor ongeorganiseerde leraren" }
        : { en: "an assembly closed to unorganised teachers", nl: "een ledenvergadering die gesloten is voor ongeorganiseerde leraren" };
  return { en: `${seats.en}, ${assembly.en}`, nl: `${seats.nl}, ${assembly.nl}` };
}
