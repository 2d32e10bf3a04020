import { describe, expect, it } from 'vitest';
import { extractFields, type Field, type FieldType } from '../..';

const PUBLISHED = '2024-08-29';
const run = (text: string) => extractFields(text, { lang: 'vi', published: PUBLISHED });
const only = (text: string, type: FieldType) => run(text).filter((f) => f.type === type);
const one = (text: string, type: FieldType): Field => {
  const found = only(text, type);
  expect(found.map((f) => f.text)).toHaveLength(1);
  return found[0]!;
};

describe('Vietnamese dates', () => {
  it.each([
    ['Ngày 15/8/2014, hội nghị diễn ra.', '15/8/2014', '2014-08-15'],
    ['Sự việc xảy ra hôm 10-4-2009 tại xã.', '10-4-2009', '2009-04-10'],
    ['Báo cáo ngày 20.5.2023 cho thấy', '20.5.2023', '2023-05-20'],
    ['Ký ngày 29 tháng 3 năm 2017 tại Hà Nội', 'ngày 29 tháng 3 năm 2017', '2017-03-29'],
    ['Chiều 28/8, Ban tổ chức họp.', '28/8', '2024-08-28'],
    ['Sáng 17-3, lực lượng chức năng kiểm tra.', '17-3', '2024-03-17'],
    ['Lễ kỷ niệm ngày 2 tháng 9 được tổ chức', 'ngày 2 tháng 9', '2024-09-02'],
    ['Hạn chót là ngày 30/10 để nộp hồ sơ.', '30/10', '2024-10-30'],
    ['Vụ việc xảy ra vào tháng 12-2022 tại huyện.', 'tháng 12-2022', '2022-12'],
    ['Từ tháng 8/2024, quy định mới có hiệu lực.', 'tháng 8/2024', '2024-08'],
    ['Trong tháng 8 năm 2024 có nhiều vụ.', 'tháng 8 năm 2024', '2024-08'],
    ['Kế hoạch triển khai trong tháng 12 tới.', 'tháng 12', '2023-12'],
    ['Dự kiến khánh thành vào tháng Mười.', 'tháng Mười', '2024-10'],
    ['Kết quả đạt được trong tháng Tư vừa qua', 'tháng Tư', '2024-04'],
    ['Thành lập năm 2017 theo quyết định', 'năm 2017', '2017'],
    ['Dịp Tết 2022 lực lượng đã tăng cường tuần tra', 'Tết 2022', '2022'],
    ['Tổng kết giai đoạn 2014-2024 của tỉnh', '2014-2024', '2014/2024'],
    ['Nhiệm kỳ 2020–2025 đã đạt nhiều kết quả', '2020–2025', '2020/2025'],
    ['Từ năm 2019 đến năm 2023, tỉnh đã xử lý', 'Từ năm 2019 đến năm 2023', '2019/2023'],
    ['Trong 9 tháng đầu năm 2023, toàn tỉnh xảy ra', '9 tháng đầu năm 2023', '2023-01/2023-09'],
    ['Kết quả 6 tháng cuối năm 2023 cho thấy', '6 tháng cuối năm 2023', '2023-07/2023-12'],
    ['Số liệu quý II/2023 cho thấy', 'quý II/2023', '2023-04/2023-06'],
    ['Dự kiến hoàn thành trong quý III năm 2024', 'quý III năm 2024', '2024-07/2024-09'],
    ['Đợt cao điểm diễn ra từ ngày 1/3 đến 10/3/2023 trên toàn tỉnh', 'từ ngày 1/3 đến 10/3/2023', '2023-03-01/2023-03-10'],
    ['Chiến dịch kéo dài từ 15/12 đến 15/2/2024 nhằm', 'từ 15/12 đến 15/2/2024', '2023-12-15/2024-02-15'],
    ['Từ tháng 3 đến tháng 6/2023, Công an tỉnh', 'Từ tháng 3 đến tháng 6/2023', '2023-03/2023-06'],
    ['Vào lúc 2024-03-12 hệ thống ghi nhận', '2024-03-12', '2024-03-12'],
  ])('%s → %s', (text, span, iso) => {
    const f = one(text, 'date');
    expect(f.text).toBe(span);
    expect(f.value).toEqual({ iso });
  });

  it.each([
    ['Trong 10 năm qua, phong trào phát triển'],
    ['Sau hơn 6 tháng điều tra, cơ quan chức năng'],
    ['Có 7-8 đối tượng tham gia'],
    ['Chiếm tỷ lệ 1/3 tổng số vụ'],
    ['Số điện thoại 0238.3844.567 để liên hệ'],
    ['Các năm qua và những tháng năm gian khó'],
    ['Khoảng 2017 người dân'],
  ])('no date in %s', (text) => {
    expect(only(text, 'date')).toEqual([]);
  });

  it('leaves year-less dates without a year when no publication date is known', () => {
    expect(extractFields('Chiều 28/8, hội nghị', { lang: 'vi' })[0]!.value).toEqual({ iso: '--08-28' });
  });
});

describe('Vietnamese directives', () => {
  it.each([
    ['tổng kết Chỉ thị số 07/CT- BCA-V28 của Bộ', 'Chỉ thị số 07/CT- BCA-V28', { id: 'Chỉ thị 07/CT-BCA-V28', number: '07', code: 'CT-BCA-V28', issuer: 'Bộ Công an' }],
    ['theo Nghị định 100/2019/NĐ-CP quy định', 'Nghị định 100/2019/NĐ-CP', { id: 'Nghị định 100/2019/NĐ-CP', number: '100', year: 2019, code: 'NĐ-CP', issuer: 'Chính phủ' }],
    ['theo Nghị định 100/2019/NĐ–CP quy định', 'Nghị định 100/2019/NĐ–CP', { id: 'Nghị định 100/2019/NĐ-CP' }],
    ['triển khai Nghị quyết 35-NQ/TW của Bộ Chính trị', 'Nghị quyết 35-NQ/TW', { id: 'Nghị quyết 35-NQ/TW', code: 'NQ/TW', issuer: 'Bộ Chính trị' }],
    ['thực hiện Chỉ thị 09-CT/TW về', 'Chỉ thị 09-CT/TW', { id: 'Chỉ thị 09-CT/TW' }],
    ['ban hành Kế hoạch số 87/KH-UBND để', 'Kế hoạch số 87/KH-UBND', { id: 'Kế hoạch 87/KH-UBND', issuer: 'Ủy ban nhân dân' }],
    ['Bộ Công an ban hành Công điện 15/CĐ-BCA yêu cầu', 'Công điện 15/CĐ-BCA', { id: 'Công điện 15/CĐ-BCA', issuer: 'Bộ Công an' }],
    ['căn cứ Thông tư số 58/2020/TT-BCA quy định', 'Thông tư số 58/2020/TT-BCA', { id: 'Thông tư 58/2020/TT-BCA', year: 2020 }],
    ['theo Luật số 59/2020/QH14 về doanh nghiệp', 'Luật số 59/2020/QH14', { id: 'Luật 59/2020/QH14', kind: 'Luật', issuer: 'Quốc hội' }],
    ['Thông tư liên tịch số 01/2015/TTLT-BCA-BQP hướng dẫn', 'Thông tư liên tịch số 01/2015/TTLT-BCA-BQP', { id: 'Thông tư liên tịch 01/2015/TTLT-BCA-BQP' }],
    ['gắn với thực hiện Thông tư 124 và', 'Thông tư 124', { id: 'Thông tư 124', number: '124' }],
    ['và Quyết định 510 của Bộ Công an', 'Quyết định 510', { id: 'Quyết định 510', issuer: 'Bộ Công an' }],
    ['theo quyết định số 1234/QĐ-UBND của tỉnh', 'quyết định số 1234/QĐ-UBND', { id: 'Quyết định 1234/QĐ-UBND', kind: 'Quyết định' }],
    ['văn bản (số 123/QĐ-TTg) nêu rõ', 'số 123/QĐ-TTg', { id: 'Quyết định 123/QĐ-TTg', issuer: 'Thủ tướng Chính phủ' }],
    ['thực hiện Đề án 06 của Chính phủ', 'Đề án 06', { id: 'Đề án 06', issuer: 'Chính phủ' }],
    ['Kết luận số 12-KL/TW ngày 5/6/2023', 'Kết luận số 12-KL/TW', { id: 'Kết luận 12-KL/TW', issuedOn: '2023-06-05' }],
  ])('%s → %s', (text, span, value) => {
    const f = one(text, 'directive');
    expect(f.text).toBe(span);
    expect(f.value).toMatchObject(value);
  });

  it('fills the issue date and issuer that follow the number', () => {
    const f = one('thực hiện Chỉ thị số 07/CT-BCA-V28, ngày 15/8/2014 của Bộ Công an về', 'directive');
    expect(f.value).toMatchObject({ issuedOn: '2014-08-15', issuer: 'Bộ Công an', year: 2014 });
  });

  it('resolves a short later mention to the full reference', () => {
    const fields = only('Chỉ thị số 07/CT-BCA-V28 được ban hành. Thực hiện Chỉ thị số 07 của Bộ Công an, Chỉ thị số 04 của tỉnh.', 'directive');
    expect(fields.map((f) => (f.type === 'directive' ? f.value.id : ''))).toEqual([
      'Chỉ thị 07/CT-BCA-V28',
      'Chỉ thị 07/CT-BCA-V28',
      'Chỉ thị 04',
    ]);
  });

  it.each([
    ['thực hiện các nghị quyết, chỉ thị của Đảng'],
    ['đơn vị thuộc Cụm thi đua số 5 của tỉnh'],
    ['theo quy định tại Điều 5, khoản 2'],
    ['xây dựng Kế hoạch 5 năm giai đoạn tới'],
    ['Giấy phép số 123/GP-BTTTT cấp cho trang'],
    ['quyết định 3 người tham gia'],
  ])('no directive in %s', (text) => {
    expect(only(text, 'directive')).toEqual([]);
  });
});

describe('Vietnamese agencies', () => {
  it.each([
    ['Bộ Công an chỉ đạo', 'Bộ Công an', 'Bộ Công an'],
    ['Công an tỉnh Nghệ An cho biết', 'Công an tỉnh Nghệ An', 'Công an tỉnh Nghệ An'],
    ['Công an TP Vinh đang điều tra', 'Công an TP Vinh', 'Công an thành phố Vinh'],
    ['Ban Chỉ đạo 138 tỉnh tổ chức', 'Ban Chỉ đạo 138 tỉnh', 'Ban Chỉ đạo 138 tỉnh'],
    ['đề nghị UBND tỉnh chỉ đạo', 'UBND tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['tham mưu cho Tỉnh ủy trong', 'Tỉnh ủy', 'Tỉnh ủy'],
    ['phối hợp với MTTQ tỉnh và', 'MTTQ tỉnh', 'Mặt trận Tổ quốc tỉnh'],
    ['đại diện Hội LHPN tỉnh phát biểu', 'Hội LHPN tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ['Liên đoàn Lao động tỉnh ký kết', 'Liên đoàn Lao động tỉnh', 'Liên đoàn Lao động tỉnh'],
    ['cùng Tỉnh đoàn triển khai', 'Tỉnh đoàn', 'Tỉnh đoàn'],
    ['Sở Giáo dục và Đào tạo hướng dẫn', 'Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo'],
    ['Cục C04 đã phát hiện', 'Cục C04', 'Cục C04'],
    ['Phòng Cảnh sát hình sự Công an tỉnh Hà Tĩnh bắt giữ', 'Phòng Cảnh sát hình sự Công an tỉnh Hà Tĩnh', 'Phòng Cảnh sát hình sự Công an tỉnh Hà Tĩnh'],
    ['Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc', 'Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy'],
    ['Viện kiểm sát nhân dân tỉnh truy tố', 'Viện kiểm sát nhân dân tỉnh', 'Viện kiểm sát nhân dân tỉnh'],
    ['Tòa án nhân dân TP Hà Nội xét xử', 'Tòa án nhân dân TP Hà Nội', 'Tòa án nhân dân thành phố Hà Nội'],
    ['TAND tỉnh Bắc Ninh tuyên án', 'TAND tỉnh Bắc Ninh', 'Tòa án nhân dân tỉnh Bắc Ninh'],
    ['UBND huyện Quỳnh Lưu yêu cầu', 'UBND huyện Quỳnh Lưu', 'Ủy ban nhân dân huyện Quỳnh Lưu'],
    ['HĐND tỉnh thông qua', 'HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['Sở Y tế khuyến cáo', 'Sở Y tế', 'Sở Y tế'],
    ['Bộ Tài chính cho biết', 'Bộ Tài chính', 'Bộ Tài chính'],
    ['chỉ thị của Đảng, Chính phủ, Bộ', 'Chính phủ', 'Chính phủ'],
    ['Sở Nội vụ thông báo', 'Sở Nội vụ', 'Sở Nội vụ'],
  ])('%s → %s', (text, span, name) => {
    const f = one(text, 'agency');
    expect(f.text).toBe(span);
    expect(f.value).toEqual({ name });
  });

  it('stops a locality before the name of the person who heads it', () => {
    expect(only('Giám đốc Công an tỉnh Trần Phú Hà phát biểu', 'agency').map((f) => f.text)).toEqual(['Công an tỉnh']);
    expect(only('Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung', 'agency').map((f) => f.text)).toEqual(['UBND tỉnh Nghệ An']);
  });

  it('does not read a title as a committee', () => {
    expect(only('Phó trưởng Ban Thường trực Ban Chỉ đạo 138 tỉnh', 'agency').map((f) => f.text)).toEqual(['Ban Chỉ đạo 138 tỉnh']);
  });

  it('resolves an acronym the article defines', () => {
    const fields = only('Phòng Cảnh sát điều tra tội phạm về ma túy (PC04) bắt giữ. Sau đó PC04 đã khởi tố.', 'agency');
    expect(fields.map((f) => [f.text, f.type === 'agency' && f.value.name])).toEqual([
      ['Phòng Cảnh sát điều tra tội phạm về ma túy', 'Phòng Cảnh sát điều tra tội phạm về ma túy'],
      ['PC04', 'Phòng Cảnh sát điều tra tội phạm về ma túy'],
      ['PC04', 'Phòng Cảnh sát điều tra tội phạm về ma túy'],
    ]);
  });

  it.each([
    ['Lực lượng Công an phát huy vai trò'],
    ['các cơ quan, đơn vị trên địa bàn'],
    ['Hội nghị diễn ra sáng nay'],
    ['các ban, sở, ngành, đoàn thể cấp tỉnh'],
    ['Thiếu tướng Trần Phú Hà phát biểu'],
    ['Vụ việc đang được điều tra'],
    ['Đoàn Văn Sáng bị bắt'],
  ])('no agency in %s', (text) => {
    expect(only(text, 'agency')).toEqual([]);
  });
});

describe('Vietnamese statistics', () => {
  it.each([
    ['ngăn chặn gần 128 vụ có dấu hiệu', 'gần 128 vụ', { value: 128, unit: 'vụ', approx: 'nearly' }],
    ['khen thưởng 8 tập thể của tỉnh', '8 tập thể', { value: 8, unit: 'tập thể' }],
    ['giải quyết hàng nghìn vụ việc', 'hàng nghìn vụ việc', { value: 1000, unit: 'vụ việc', approx: 'over' }],
    ['bắt giữ 52 đối tượng', '52 đối tượng', { value: 52, unit: 'đối tượng' }],
    ['thiệt hại hơn 1.000 tỷ đồng', 'hơn 1.000 tỷ đồng', { value: 1e12, unit: 'VND', approx: 'over' }],
    ['phạt 1,2 triệu đồng', '1,2 triệu đồng', { value: 1.2e6, unit: 'VND' }],
    ['thu giữ 10 kg ma túy tổng hợp', '10 kg ma túy tổng hợp', { value: 10, unit: 'kg' }],
    ['số vụ giảm 5,8% so với', 'giảm 5,8%', { value: 5.8, unit: '%' }],
    ['tỷ lệ đạt 47%', '47%', { value: 47, unit: '%' }],
    ['khoảng 300 người tham gia', 'khoảng 300 người', { value: 300, unit: 'người', approx: 'about' }],
    ['ít nhất 3 nạn nhân', 'ít nhất 3 nạn nhân', { value: 3, unit: 'nạn nhân', approx: 'at least' }],
    ['tạm giữ hàng chục phương tiện', 'hàng chục phương tiện', { value: 10, unit: 'phương tiện', approx: 'over' }],
    ['có 7,3 tấn hàng hóa', '7,3 tấn hàng hóa', { value: 7.3, unit: 'tấn' }],
    ['bắt giữ hai đối tượng', 'hai đối tượng', { value: 2, unit: 'đối tượng' }],
    ['thu 500.000 USD', '500.000 USD', { value: 500000, unit: 'USD' }],
  ])('%s → %s', (text, span, value) => {
    const f = one(text, 'statistic');
    expect(f.text).toBe(span);
    expect(f.value).toEqual(value);
  });

  it.each([
    ['Trong 10 năm qua'],
    ['sau hơn 6 tháng'],
    ['thuộc Cụm thi đua số 5 đơn vị'],
    ['lần thứ 3 người dân'],
    ['Ban Chỉ đạo 138 tỉnh'],
    ['theo Điều 5 người'],
    ['một số đơn vị'],
  ])('no statistic in %s', (text) => {
    expect(only(text, 'statistic')).toEqual([]);
  });
});

describe('Vietnamese counts of things the lists do not name', () => {
  it.each([
    ['ngăn chặn 38 giao dịch đáng ngờ', '38 giao dịch', { value: 38, unit: 'giao dịch' }],
    ['có 26 xuồng máy tham gia', '26 xuồng máy', { value: 26, unit: 'xuồng máy' }],
    ['thông qua 28 nghị quyết quan trọng', '28 nghị quyết', { value: 28, unit: 'nghị quyết' }],
    ['ảnh hưởng 11.250 nhân khẩu', '11.250 nhân khẩu', { value: 11250, unit: 'nhân khẩu' }],
    ['lượng mưa 812 mm.', '812 mm', { value: 812, unit: 'mm' }],
  ])('%s → %s', (text, span, value) => {
    const found = only(text, 'statistic');
    expect(found.map((f) => f.text)).toEqual([span]);
    expect(found[0]!.value).toEqual(value);
  });

  it.each([
    ['năm 2023 cả nước ghi nhận'],
    ['Nguyễn Văn A, 25 tuổi, trú tại'],
    ['bị phạt 3 năm tù'],
    ['gọi số 0238 3844 để báo'],
    ['nâng khống gấp 5 lần giá trị'],
    ['lúc 8 giờ sáng'],
    ['Năm 2024 là năm bản lề'],
    ['Trong 52 ngày qua'],
  ])('no statistic in %s', (text) => {
    expect(only(text, 'statistic')).toEqual([]);
  });
});
