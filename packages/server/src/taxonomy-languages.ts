import type { AccessibilityFeature, AgeGroup, Benefit, Category, LocationType, OrganisationType, Region, ScheduleType, TargetGroup } from '@mitmachen/contract';

// The taxonomy's labels in the elements' other interface languages: Ukrainian, Arabic, Turkish,
// Russian and Leichte Sprache, in this order. Written by a non-native speaker: they need a native
// speaker's review (docs/translating.md). Keyed by the contract's enums, so none can be missing.

export type Others = readonly [uk: string, ar: string, tr: string, ru: string, easy: string];

export const categories: Record<Category, Others> = {
  'kinder-jugend': ['Діти та молодь', 'الأطفال والشباب', 'Çocuklar ve gençler', 'Дети и молодёжь', 'Kinder und Jugendliche'],
  senioren: ['Літні люди', 'كبار السن', 'Yaşlılar', 'Пожилые люди', 'Alte Menschen'],
  soziales: ['Соціальна сфера', 'الشؤون الاجتماعية', 'Sosyal hizmetler', 'Социальная сфера', 'Menschen helfen'],
  bildung: ['Освіта', 'التعليم', 'Eğitim', 'Образование', 'Lernen'],
  'sport-bewegung': ['Спорт і рух', 'الرياضة والحركة', 'Spor ve hareket', 'Спорт и движение', 'Sport und Bewegung'],
  kultur: ['Культура', 'الثقافة', 'Kültür', 'Культура', 'Kultur: Musik, Theater und Kunst'],
  'umwelt-naturschutz': ['Довкілля та охорона природи', 'البيئة وحماية الطبيعة', 'Çevre ve doğa koruma', 'Окружающая среда и охрана природы', 'Natur und Umwelt schützen'],
  tierschutz: ['Захист тварин', 'رعاية الحيوان', 'Hayvan koruma', 'Защита животных', 'Tiere schützen'],
  'gesundheit-pflege': ['Здоров’я та догляд', 'الصحة والرعاية', 'Sağlık ve bakım', 'Здоровье и уход', 'Gesundheit und Pflege'],
  'migration-integration': ['Міграція та інтеграція', 'الهجرة والاندماج', 'Göç ve uyum', 'Миграция и интеграция', 'Menschen aus anderen Ländern'],
  inklusion: ['Інклюзія', 'الدمج', 'Kapsayıcılık', 'Инклюзия', 'Alle machen mit: Inklusion'],
  'rettung-katastrophenschutz': ['Рятування та цивільний захист', 'الإنقاذ والحماية المدنية', 'Kurtarma ve afet koruma', 'Спасение и гражданская защита', 'Retten und helfen bei Not'],
  nachbarschaft: ['Сусідство', 'الجيرة', 'Komşuluk', 'Соседство', 'Nachbarn'],
  'politik-beteiligung': ['Політика та участь', 'السياسة والمشاركة', 'Siyaset ve katılım', 'Политика и участие', 'Politik und mitbestimmen'],
  digitales: ['Цифрові технології', 'الرقمنة', 'Dijital', 'Цифровые технологии', 'Computer und Internet'],
  'vereinsarbeit-vorstand': ['Робота в об’єднанні та правлінні', 'العمل في الجمعيات ومجالس الإدارة', 'Dernek çalışması ve yönetim', 'Работа в объединении и правлении', 'Arbeit im Verein'],
};

export const targetGroups: Record<TargetGroup, Others> = {
  'young-people': ['Молодь', 'الشباب', 'Gençler', 'Молодёжь', 'Junge Menschen'],
  seniors: ['Літні люди', 'كبار السن', 'Yaşlılar', 'Пожилые люди', 'Alte Menschen'],
  families: ['Сім’ї', 'العائلات', 'Aileler', 'Семьи', 'Familien'],
  groups: ['Групи', 'المجموعات', 'Gruplar', 'Группы', 'Gruppen'],
  'little-german': ['Достатньо трохи німецької', 'يكفي القليل من الألمانية', 'Az Almanca yeterli', 'Достаточно немного немецкого', 'Wenig Deutsch reicht'],
};

export const regions: Record<Region, Others> = {
  dresden: ['Дрезден', 'دريسدن', 'Dresden', 'Дрезден', 'Dresden'],
  leipzig: ['Лейпциг', 'لايبزيغ', 'Leipzig', 'Лейпциг', 'Leipzig'],
  chemnitz: ['Хемніц', 'كيمنتس', 'Chemnitz', 'Хемниц', 'Chemnitz'],
  bautzen: ['Район Баутцен', 'مقاطعة باوتسن', 'Bautzen ilçesi', 'Район Баутцен', 'Land-Kreis Bautzen'],
  goerlitz: ['Район Герліц', 'مقاطعة غورليتس', 'Görlitz ilçesi', 'Район Гёрлиц', 'Land-Kreis Görlitz'],
  meissen: ['Район Майсен', 'مقاطعة مايسن', 'Meißen ilçesi', 'Район Мейсен', 'Land-Kreis Meißen'],
  nordsachsen: ['Район Північна Саксонія', 'مقاطعة شمال ساكسونيا', 'Kuzey Saksonya ilçesi', 'Район Северная Саксония', 'Land-Kreis Nordsachsen'],
  'landkreis-leipzig': ['Район Лейпциг', 'مقاطعة لايبزيغ', 'Leipzig ilçesi', 'Район Лейпциг', 'Land-Kreis Leipzig'],
  'saechsische-schweiz-osterzgebirge': ['Саксонська Швейцарія – Східні Рудні гори', 'سويسرا الساكسونية وشرق جبال الخام', 'Saksonya İsviçresi-Doğu Cevher Dağları', 'Саксонская Швейцария – Восточные Рудные горы', 'Sächsische Schweiz-Osterzgebirge'],
  mittelsachsen: ['Центральна Саксонія', 'وسط ساكسونيا', 'Orta Saksonya', 'Центральная Саксония', 'Mittelsachsen'],
  erzgebirgskreis: ['Район Рудні гори', 'مقاطعة جبال الخام', 'Cevher Dağları ilçesi', 'Район Рудные горы', 'Erzgebirgskreis'],
  vogtlandkreis: ['Район Фогтланд', 'مقاطعة فوغتلاند', 'Vogtland ilçesi', 'Район Фогтланд', 'Vogtlandkreis'],
  zwickau: ['Район Цвіккау', 'مقاطعة تسفيكاو', 'Zwickau ilçesi', 'Район Цвиккау', 'Land-Kreis Zwickau'],
};

export const scheduleTypes: Record<ScheduleType, Others> = {
  'one-time': ['Одноразово', 'لمرة واحدة', 'Tek seferlik', 'Однократно', 'Nur einmal'],
  regular: ['Регулярно', 'منتظم', 'Düzenli', 'Регулярно', 'Regelmäßig'],
  flexible: ['Гнучко', 'مرن', 'Esnek', 'Гибко', 'Wann Sie wollen'],
};

export const locationTypes: Record<LocationType, Others> = {
  onsite: ['На місці', 'في الموقع', 'Yerinde', 'На месте', 'Vor Ort'],
  remote: ['Онлайн', 'عبر الإنترنت', 'Çevrimiçi', 'Онлайн', 'Im Internet'],
  hybrid: ['На місці та онлайн', 'في الموقع وعبر الإنترنت', 'Yerinde ve çevrimiçi', 'На месте и онлайн', 'Vor Ort und im Internet'],
};

export const benefits: Record<Benefit, Others> = {
  training: ['Введення в роботу та навчання', 'التعريف بالعمل والتدريب', 'Oryantasyon ve eğitim', 'Введение в работу и обучение', 'Sie lernen alles Wichtige.'],
  insurance: ['Страхування', 'تغطية تأمينية', 'Sigorta', 'Страхование', 'Sie sind versichert.'],
  'expense-allowance': ['Компенсація витрат', 'تعويض عن النفقات', 'Masraf tazminatı', 'Компенсация расходов', 'Sie bekommen etwas Geld für Ihre Kosten.'],
  certificate: ['Підтвердження волонтерства', 'شهادة تطوع', 'Gönüllülük belgesi', 'Подтверждение волонтёрства', 'Sie bekommen eine Bescheinigung.'],
  supervision: ['Фахова підтримка', 'مرافقة ودعم مهني', 'Uzman desteği', 'Профессиональное сопровождение', 'Jemand hilft Ihnen bei Fragen.'],
};

export const accessibilityFeatures: Record<AccessibilityFeature, Others> = {
  'step-free': ['Без сходинок', 'دون درجات', 'Basamaksız erişim', 'Без ступенек', 'Sie kommen ohne Stufen hin.'],
  'accessible-toilet': ['Безбар’єрний туалет', 'مرحاض مهيأ لذوي الإعاقة', 'Engelli tuvaleti', 'Безбарьерный туалет', 'Es gibt ein Rollstuhl-WC.'],
  'hearing-loop': ['Індукційна петля', 'حلقة سمعية', 'İndüksiyon döngüsü', 'Индукционная петля', 'Es gibt eine Hör-Anlage.'],
  'easy-language': ['Інформація простою мовою', 'معلومات بلغة مبسطة', 'Kolay dilde bilgi', 'Информация на простом языке', 'Infos in Leichter Sprache'],
  'public-transport': ['Можна дістатися громадським транспортом', 'يمكن الوصول بالمواصلات العامة', 'Toplu taşımayla ulaşılabilir', 'Можно добраться на общественном транспорте', 'Sie kommen mit Bus und Bahn hin.'],
};

export const organisationTypes: Record<OrganisationType, Others> = {
  verein: ['Об’єднання', 'جمعية', 'Dernek', 'Объединение', 'Verein'],
  initiative: ['Ініціатива', 'مبادرة', 'Girişim', 'Инициатива', 'Gruppe von Menschen: Initiative'],
  stiftung: ['Фонд', 'مؤسسة', 'Vakıf', 'Фонд', 'Stiftung'],
  kirchengemeinde: ['Парафія', 'أبرشية', 'Kilise cemaati', 'Приход', 'Kirchen-Gemeinde'],
  kommune: ['Громада', 'بلدية', 'Belediye', 'Муниципалитет', 'Stadt oder Gemeinde'],
  'gemeinnuetzige-gmbh': ['Неприбуткова компанія', 'شركة غير ربحية', 'Kâr amacı gütmeyen şirket', 'Некоммерческая компания', 'Firma für das Gemein-Wohl'],
  sonstige: ['Інше', 'أخرى', 'Diğer', 'Другое', 'Andere'],
};

export const ageGroups: Record<AgeGroup, Others> = {
  'under-18': ['До 18', 'أقل من 18', '18 yaş altı', 'До 18', 'Unter 18 Jahre'],
  '18-29': ['Від 18 до 29', 'من 18 إلى 29', '18-29', 'От 18 до 29', '18 bis 29 Jahre'],
  '30-49': ['Від 30 до 49', 'من 30 إلى 49', '30-49', 'От 30 до 49', '30 bis 49 Jahre'],
  '50-64': ['Від 50 до 64', 'من 50 إلى 64', '50-64', 'От 50 до 64', '50 bis 64 Jahre'],
  '65-plus': ['65 і старше', '65 فأكثر', '65 ve üzeri', '65 и старше', '65 Jahre und älter'],
};
