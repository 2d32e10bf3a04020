/**
 * Vietnamese document types, as their canonical ids write them, and the type codes
 * that stand for them in a document's symbol (`07/CT-BCA` is a Chỉ thị).
 * Longer names win over shorter ones (`Thông tư liên tịch` over `Thông tư`).
 */
export const DIRECTIVE_KINDS: string[] = [
  'Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị quyết liên tịch', 'Nghị quyết', 'Nghị định', 'Quyết định',
  'Chỉ thị', 'Thông tư liên tịch', 'Thông tư', 'Kế hoạch liên tịch', 'Kế hoạch', 'Công điện', 'Công văn', 'Hướng dẫn',
  'Thông báo kết luận', 'Thông báo', 'Chương trình hành động', 'Chương trình phối hợp', 'Chương trình', 'Đề án',
  'Quy định', 'Kết luận', 'Quy chế phối hợp', 'Quy chế', 'Lệnh', 'Sắc lệnh', 'Điều lệ', 'Văn bản', 'Tờ trình', 'Báo cáo',
];

/** Type codes in document symbols, and the kind each stands for. */
export const DIRECTIVE_CODES: Record<string, string> = {
  NQ: 'Nghị quyết', 'NQLT': 'Nghị quyết liên tịch', NĐ: 'Nghị định', QĐ: 'Quyết định', CT: 'Chỉ thị',
  TT: 'Thông tư', TTLT: 'Thông tư liên tịch', KH: 'Kế hoạch', KHLT: 'Kế hoạch liên tịch', CĐ: 'Công điện',
  HD: 'Hướng dẫn', TB: 'Thông báo', CTr: 'Chương trình', CTHĐ: 'Chương trình hành động', ĐA: 'Đề án',
  QyĐ: 'Quy định', QĐi: 'Quy định', KL: 'Kết luận', QC: 'Quy chế', QCPH: 'Quy chế phối hợp', BC: 'Báo cáo',
  TTr: 'Tờ trình', L: 'Lệnh', 'L-CTN': 'Lệnh', PL: 'Pháp lệnh', 'UBTVQH': 'Nghị quyết',
};

/**
 * Issuers named by the last part of a symbol (`NĐ-CP` → Chính phủ). A researcher can
 * add a ministry or province's code here; unknown codes are kept as written.
 */
export const ISSUER_CODES: Record<string, string> = {
  CP: 'Chính phủ', TTg: 'Thủ tướng Chính phủ', TW: 'Ban Chấp hành Trung ương', BCT: 'Bộ Chính trị',
  BBT: 'Ban Bí thư', QH: 'Quốc hội', UBTVQH: 'Ủy ban Thường vụ Quốc hội', CTN: 'Chủ tịch nước',
  BCA: 'Bộ Công an', BQP: 'Bộ Quốc phòng', BTC: 'Bộ Tài chính', BTP: 'Bộ Tư pháp', BYT: 'Bộ Y tế',
  BGDĐT: 'Bộ Giáo dục và Đào tạo', BNV: 'Bộ Nội vụ', BGTVT: 'Bộ Giao thông vận tải', BXD: 'Bộ Xây dựng',
  BTNMT: 'Bộ Tài nguyên và Môi trường', BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội', BTTTT: 'Bộ Thông tin và Truyền thông',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch', BKHĐT: 'Bộ Kế hoạch và Đầu tư', BKHCN: 'Bộ Khoa học và Công nghệ',
  NHNN: 'Ngân hàng Nhà nước', VKSNDTC: 'Viện kiểm sát nhân dân tối cao', TANDTC: 'Tòa án nhân dân tối cao',
  UBND: 'Ủy ban nhân dân', HĐND: 'Hội đồng nhân dân', TU: 'Tỉnh ủy', ThU: 'Thành ủy', HU: 'Huyện ủy',
  ĐU: 'Đảng ủy', BCĐ: 'Ban Chỉ đạo', CAT: 'Công an tỉnh', 'CATP': 'Công an thành phố',
};
