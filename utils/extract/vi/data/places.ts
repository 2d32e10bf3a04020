/**
 * Vietnam's provinces and centrally governed cities (before and after the 2025
 * merger), so `Công an tỉnh Nghệ An Nguyễn Văn A` stops at the province's name.
 * Lower-level places need not be listed: they are read as capitalized words.
 */
export const PROVINCES: string[] = [
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế',
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh',
  'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk',
  'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh',
  'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận',
  'Phú Thọ', 'Phú Yên', 'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng',
  'Sơn La', 'Tây Ninh', 'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang',
  'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

/** Words that introduce a locality after an agency head (`UBND tỉnh`, `Công an TP Vinh`). */
export const LOCALITY_WORDS: string[] = [
  'tỉnh', 'thành phố', 'TP', 'Tp', 'huyện', 'quận', 'thị xã', 'TX', 'xã', 'phường',
  'thị trấn', 'đặc khu', 'đặc khu kinh tế',
];

/** Common family names: a capitalized run after a locality word that starts with one may be a person. */
export const FAMILY_NAMES: string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Trịnh', 'Đào', 'Mai', 'Lương', 'Lưu', 'Cao', 'Tạ', 'Hà', 'Chu', 'Thái', 'Đoàn',
  'Vương', 'Tô', 'Lâm', 'Triệu', 'Quách', 'Trương', 'Kiều', 'Tăng', 'Văn', 'Thân', 'Tống', 'Khổng',
];
