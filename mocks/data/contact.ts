import type { ContactOptions } from '../../widgets/core/api/types';

export const CONTACT_OPTIONS: ContactOptions = {
  topics: [
    {
      id: 'invoices',
      label: { pl: 'Faktury i płatności', uk: 'Рахунки та платежі', ru: 'Счета и платежи' },
    },
    {
      id: 'meter',
      label: { pl: 'Odczyty i liczniki', uk: 'Показання та лічильники', ru: 'Показания и счётчики' },
    },
    {
      id: 'contract',
      label: { pl: 'Umowa i dane klienta', uk: 'Договір і дані клієнта', ru: 'Договор и данные клиента' },
    },
    {
      id: 'failure',
      label: { pl: 'Zgłoszenie awarii', uk: 'Повідомлення про аварію', ru: 'Сообщение об аварии' },
    },
    {
      id: 'complaint',
      label: { pl: 'Reklamacja', uk: 'Рекламація', ru: 'Претензия' },
    },
    {
      id: 'other',
      label: { pl: 'Inna sprawa', uk: 'Інше питання', ru: 'Другой вопрос' },
    },
  ],
  attachments: {
    maxFiles: 3,
    maxFileBytes: 5 * 1024 * 1024,
    maxTotalBytes: 10 * 1024 * 1024,
    allowedTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  },
  messageMaxLength: 2000,
  subjectMaxLength: 120,
};
