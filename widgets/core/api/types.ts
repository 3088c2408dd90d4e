/**
 * Friendly names for the types generated from docs/api/openapi.yaml.
 * schema.d.ts is generated — regenerate it, never edit it:
 *   npx openapi-typescript docs/api/openapi.yaml -o widgets/core/api/schema.d.ts
 */
import type { components, operations, paths } from './schema';

export type { components, operations, paths };

export type Schemas = components['schemas'];

// shared
export type Money = Schemas['Money'];
export type Language = Schemas['Language'];
export type LocalizedText = Schemas['LocalizedText'];
export type ErrorCode = Schemas['ErrorCode'];
export type FieldErrorCode = Schemas['FieldErrorCode'];
export type Problem = Schemas['Problem'];

// session
export type Customer = Schemas['Customer'];
export type Session = Schemas['Session'];
export type IdentifierType = Schemas['IdentifierType'];
export type LoginRequest = Schemas['LoginRequest'];
export type SmsChallenge = Schemas['SmsChallenge'];
export type LoginAuthenticated = Schemas['LoginAuthenticated'];
export type LoginChallenge = Schemas['LoginChallenge'];
export type LoginResult = Schemas['LoginResult'];
export type VerifyChallengeRequest = Schemas['VerifyChallengeRequest'];
export type ResendChallengeRequest = Schemas['ResendChallengeRequest'];
export type PasswordResetRequest = Schemas['PasswordResetRequest'];
export type PasswordResetAccepted = Schemas['PasswordResetAccepted'];
export type Account = Schemas['Account'];
export type AccountKind = Schemas['AccountKind'];
export type AccountRole = Schemas['AccountRole'];

// finance
export type BalanceDocument = Schemas['BalanceDocument'];
export type BalanceSummary = Schemas['BalanceSummary'];
export type InvoiceStatus = Schemas['InvoiceStatus'];
export type InvoiceSort = Schemas['InvoiceSort'];
export type DateRange = Schemas['DateRange'];
export type Invoice = Schemas['Invoice'];
export type InvoicePage = Schemas['InvoicePage'];
export type PaymentScope = Schemas['PaymentScope'];
export type PaymentRequest = Schemas['PaymentRequest'];
export type Payment = Schemas['Payment'];
export type PaymentStatus = Schemas['PaymentStatus'];
export type PaymentMethod = Schemas['PaymentMethod'];
export type PaymentPage = Schemas['PaymentPage'];
export type PaymentInProgress = Schemas['PaymentInProgress'];
export type TransferDetails = Schemas['TransferDetails'];

// usage
export type Medium = Schemas['Medium'];
export type Unit = Schemas['Unit'];
export type Granularity = Schemas['Granularity'];
export type MeteringPoint = Schemas['MeteringPoint'];
export type MeteringPointList = Schemas['MeteringPointList'];
export type Reading = Schemas['Reading'];
export type ExcludedPoint = Schemas['ExcludedPoint'];
export type UsageSeries = Schemas['UsageSeries'];

// readings
export type MeterRegisterKind = Schemas['MeterRegisterKind'];
export type MeterRegister = Schemas['MeterRegister'];
export type ReadingWindow = Schemas['ReadingWindow'];
export type ReadingSource = Schemas['ReadingSource'];
export type ReadingValue = Schemas['ReadingValue'];
export type MeterReading = Schemas['MeterReading'];
export type Meter = Schemas['Meter'];
export type ReadingPhotoRules = Schemas['ReadingPhotoRules'];
export type MeterList = Schemas['MeterList'];
export type MeterReadingList = Schemas['MeterReadingList'];
export type ReadingConfirmation = Schemas['ReadingConfirmation'];
/** The `reading` part (JSON text) of the multipart body of POST /meters/{id}/readings. */
export type ReadingSubmission = Schemas['ReadingSubmission'];
export type ReadingInvoiceUse = Schemas['ReadingInvoiceUse'];
export type ReadingReceipt = Schemas['ReadingReceipt'];

// contact
export type ContactTopic = Schemas['ContactTopic'];
export type AttachmentRules = Schemas['AttachmentRules'];
export type ContactOptions = Schemas['ContactOptions'];
/** Field names of the multipart body of POST /contact/tickets (files as `files`, repeated). */
export type CreateTicketForm = Schemas['CreateTicketForm'];
export type TicketStatus = Schemas['TicketStatus'];
export type Ticket = Schemas['Ticket'];
export type TicketList = Schemas['TicketList'];
export type TicketAttachment = Schemas['TicketAttachment'];
export type TicketEntry = Schemas['TicketEntry'];
export type TicketFailureDetails = Schemas['TicketFailureDetails'];
export type TicketConversation = Schemas['TicketConversation'];
/** Field names of the multipart body of POST /contact/tickets/{id}/replies. */
export type TicketReplyForm = Schemas['TicketReplyForm'];

// messages
export type MessageKind = Schemas['MessageKind'];
export type MessageRelated = Schemas['MessageRelated'];
export type Message = Schemas['Message'];
export type MessagePage = Schemas['MessagePage'];
export type MessageUnreadCount = Schemas['MessageUnreadCount'];
export type MessageReadResult = Schemas['MessageReadResult'];

// registration
export type RegistrationNumberType = Schemas['RegistrationNumberType'];
export type RegistrationProofType = Schemas['RegistrationProofType'];
export type RegistrationOptions = Schemas['RegistrationOptions'];
export type RegistrationChallenge = Schemas['RegistrationChallenge'];
export type RegistrationChallengeAnswer = Schemas['RegistrationChallengeAnswer'];
export type RegistrationRequest = Schemas['RegistrationRequest'];
export type RegistrationAccepted = Schemas['RegistrationAccepted'];
export type ActivationToken = Schemas['ActivationToken'];
export type ActivationResult = Schemas['ActivationResult'];
// contract
export type Contract = Schemas['Contract'];
export type ContractService = Schemas['ContractService'];
export type ContractPrice = Schemas['ContractPrice'];
export type ContractPoint = Schemas['ContractPoint'];
export type ContractDevice = Schemas['ContractDevice'];
export type ContractDocument = Schemas['ContractDocument'];
// account (issue #16)
export type AccountAddress = Schemas['AccountAddress'];
export type AccountChannel = Schemas['AccountChannel'];
export type AccountPendingChange = Schemas['AccountPendingChange'];
export type AccountContact = Schemas['AccountContact'];
export type AccountContactUpdate = Schemas['AccountContactUpdate'];
export type Consent = Schemas['Consent'];
export type ConsentList = Schemas['ConsentList'];
export type ConsentUpdate = Schemas['ConsentUpdate'];
export type EInvoice = Schemas['EInvoice'];
export type EInvoiceUpdate = Schemas['EInvoiceUpdate'];
export type NotificationEvent = Schemas['NotificationEvent'];
export type NotificationChannels = Schemas['NotificationChannels'];
export type NotificationMatrix = Schemas['NotificationMatrix'];
export type NotificationSettings = Schemas['NotificationSettings'];
export type NotificationSettingsUpdate = Schemas['NotificationSettingsUpdate'];
export type PasswordChange = Schemas['PasswordChange'];

// path-typed helpers

export type Method = 'get' | 'post' | 'put' | 'delete';

/** The operation object for a path and method; `never` when the path has no such method. */
export type Operation<P extends keyof paths, M extends Method> = [NonNullable<paths[P][M]>] extends [never]
  ? never
  : NonNullable<paths[P][M]>;

type ContentOf<R, Media extends string> = R extends { content?: infer C }
  ? C extends Record<Media, infer B>
    ? B
    : never
  : never;

type ResponseOf<P extends keyof paths, M extends Method, S extends number> =
  Operation<P, M> extends { responses: infer R } ? (S extends keyof R ? R[S] : never) : never;

/** The application/json body of response S (default 200) of `M P`, e.g. `JsonResponse<'/balance', 'get'>`. */
export type JsonResponse<P extends keyof paths, M extends Method, S extends number = 200> = ContentOf<
  ResponseOf<P, M, S>,
  'application/json'
>;

/** The application/json request body of `M P`, e.g. `JsonBody<'/session', 'post'>`. */
export type JsonBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer RB } ? ContentOf<NonNullable<RB>, 'application/json'> : never;

/** Query parameters of `M P` (`never` when it takes none). */
export type QueryParams<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

export type ListInvoicesQuery = QueryParams<'/invoices', 'get'>;
export type ListPaymentsQuery = QueryParams<'/payments', 'get'>;
export type UsageSeriesQuery = QueryParams<'/usage/series', 'get'>;
export type ListMessagesQuery = QueryParams<'/messages', 'get'>;
