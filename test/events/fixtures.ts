// Entity and date fixtures for the five seed articles (what a correct entity/date extractor gives).
import type { Fixture } from './helpers.js';

export const SEED000: Fixture = {
  docId: '000_cbff494ec939caaa',
  published: '2021-08-23',
  entities: {
    Rahmon: [{ text: 'إمام علي رحمان', role: 'رئيس جمهورية طاجيكستان' }],
    Pashinyan: [{ text: 'نيكول فوفايفيتش باشينيان', role: 'رئيس وزراء أرمينيا' }],
    Lukashenko: [{ text: 'ألكسندر لوكاشينكو', role: 'رئيس بيلاروسيا' }],
    Tokayev: [{ text: 'قوسيم جومارت توكاييف', role: 'رئيس كازاخستان' }],
    Japarov: [{ text: 'سدير جاباروف', role: 'رئيس قيرغيزستان' }],
    Putin: [{ text: 'فلاديمير فلاديميروف بوتين', role: 'رئيس الإتحاد الروسي' }],
    Zas: [{ text: 'ستانيسلاف فاسيليفيتش زاس', role: 'الأمين العام لمنظمة معاهدة الأمن الجماعي' }],
    Mirziyoyev: [{ text: 'شوكت ميرضيايف', role: 'رئيس جمهورية أوزبكستان' }],
    CSTO: ['منظمة معاهدة الأمن الجماعي'],
    CSC: ['مجلس الأمن الجماعي'],
    Tajikistan: ['طاجيكستان'],
    Armenia: ['أرمينيا'],
    Belarus: ['بيلاروسيا'],
    Kazakhstan: ['كازاخستان'],
    Kyrgyzstan: ['قيرغيزستان'],
    Russia: ['الإتحاد الروسي'],
    Uzbekistan: ['أوزبكستان'],
    Afghanistan: ['أفغانستان'],
    Dushanbe: ['دوشنبه'],
  },
  dates: [['اليوم', '2021-08-23', 'day', { relative: true }], ['16 سبتمبر / أيلول', '2021-09-16', 'day']],
};

export const SEED002: Fixture = {
  docId: '002_5e25361c9cdaf982',
  published: null,
  entities: {
    CSTO: ['منظمة معاهدة الأمن الجماعي', 'منظمة الأمن الجماعي', { text: 'معاهدة الأمن الجماعي', nth: 0 }],
    Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }, { text: 'بوتين،', nth: 0 }],
    // the capital as the entity engine resolves it (entities/passes/capitals.ts)
    Dushanbe: [{ text: 'العاصمة الطاجيكية', nth: 0, method: 'nisba' }, { text: 'العاصمة الطاجيكية', nth: 1, method: 'nisba' }, 'العاصمة الطاجيكية دوشنبه'],
    Afghanistan: ['أفغانستان'],
    Russia: [{ text: 'روسيا', nth: 0 }],
  },
  dates: [],
};

export const SEED004: Fixture = {
  docId: '004_6dfbaefa9a0405cb',
  published: '2025-01-29',
  entities: {
    Rahmon: [{ text: 'إمام علي رحمون', role: 'الرئيس الطاجيكستاني' }, { text: 'رحمون على', method: 'exact' }],
    Tasmagambetov: [{ text: 'إيمان غالي تاسماغامبيتوف', role: 'الأمين العام لمنظمة "معاهدة الأمن الجماعي"' }, 'تاسماغامبيتوف قد'],
    Muhriddin: [{ text: 'سراج الدين مهر الدين', role: 'وزير خارجية طاجيكستان' }],
    CSTO: ['معاهدة الأمن الجماعي'],
    CSC: ['مجلس الأمن الجماعي'],
    Tajikistan: ['طاجيكستان'],
    Kazakhstan: ['كازاخستان'],
    Afghanistan: [{ text: 'أفغانستان', nth: 0 }],
    Dushanbe: ['دوشنبه'],
    Astana: ['أستانا'],
  },
  dates: [['اليوم الأربعاء 29 يناير/كانون الثاني 2025', '2025-01-29', 'day'], ['نوفمبر/تشرين الثاني 2024', '2024-11', 'month']],
};

export const SEED001: Fixture = {
  docId: '001_02e35f8781aecfc0',
  published: '2021-10-28',
  entities: {
    Putin: [{ text: 'فلاديمير بوتين', role: 'الرئيس الروسي' }, { text: 'بوتين أمام' }, { text: 'بوتين:' }, { text: 'بوتين أن' }, { text: 'بوتين سيشارك', role: 'الرئيس' }],
    Japarov: [{ text: 'سيدار جاباروف', role: 'رئيس قيرغيزستان' }],
    Lukashenko: [{ text: 'ألكسندر لوكاشينكو', role: 'الرئيس البيلاروسي' }],
    CSTO: ['منظمة معاهدة الأمن الجماعي', 'منظمة الأمن الجماعي'],
    CSC: ['مجلس الأمن الجماعي'],
    SCO: ['منظمة شنغهاي للتعاون'],
    Taliban: ['حركة طالبان'],
    Russia: ['روسيا'],
    Afghanistan: ['أفغانستان'],
    Moscow: ['موسكو'],
    Dushanbe: ['دوشنبه'],
    Kyrgyzstan: ['قيرغيزستان'],
  },
  dates: [['اليوم الخميس', '2021-10-28', 'day', { relative: true }], ['يوم الثلاثاء', '2021-10-26', 'day', { relative: true }], ['هذا الأسبوع', '2021-W43', 'week', { relative: true }]],
};

export const SEED003: Fixture = {
  docId: '003_559f88af96851eb0',
  published: null,
  entities: {
    CSTO: ['منظمة معاهدة الأمن الجماعي'],
    Russia: ['روسيا'],
    Kazakhstan: ['كازاخستان'],
    Astana: ['أستانا'],
    Afghanistan: ['أفغانستان'],
    Moscow: ['موسكو'],
    Armenia: ['أرمينيا'],
    Tajikistan: ['طاجيكستان'],
  },
  dates: [],
};
