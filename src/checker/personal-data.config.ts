/**
 * Configuration of the personal-data guard (src/checker/personal-data.ts), kept apart from
 * the guard so that changing what is allowed is a reviewed edit of data, not of code.
 *
 * Only generic, public mailboxes and switchboards belong here: never a named person's
 * address or direct line, however senior or public the officer.
 */
export interface PersonalDataConfig {
  /** Generic addresses a document may quote (compared without regard to case). */
  allowedEmails: readonly string[];
  /** General enquiry lines a document may quote (compared by their digits alone). */
  allowedPhoneNumbers: readonly string[];
}

export const personalDataConfig: PersonalDataConfig = {
  allowedEmails: [
    'enquiries@ofsted.gov.uk', // Ofsted's general enquiries mailbox
  ],
  allowedPhoneNumbers: [
    '0300 123 1231', // Ofsted's general enquiries line
  ],
};
