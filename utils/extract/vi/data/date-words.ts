/** Words of Vietnamese dates: month names, times of day, cues before a year. */

/** Month names written as words after `tháng` (capitalized: `tháng Tư`). */
export const MONTH_WORDS: Record<string, number> = {
  'Giêng': 1, 'Một': 1, 'Hai': 2, 'Ba': 3, 'Tư': 4, 'Năm': 5, 'Sáu': 6, 'Bảy': 7, 'Tám': 8, 'Chín': 9,
  'Mười': 10, 'Mười Một': 11, 'Mười Hai': 12, 'Chạp': 12,
};

/** Words that may start a date's span: times of day. */
export const TIME_OF_DAY: string[] = ['sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng sáng', 'khuya'];

/** Words right before a day/month that show it is a date (`ngày 28/8`, `từ 1/3`). */
export const DAY_CUES: string[] = [
  'ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng sáng', 'hôm', 'từ', 'đến', 'tới', 'trước', 'sau', 'vào',
  'đầu', 'cuối', 'hạn', 'lúc', 'hết', 'trong', 'qua', 'nay', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu',
  'thứ bảy', 'chủ nhật',
];

/** Words before a four-digit number that make it a year (`năm 2017`, `Tết 2022`). */
export const YEAR_CUES: string[] = ['năm', 'Năm', 'Tết', 'niên độ', 'niên khóa'];
