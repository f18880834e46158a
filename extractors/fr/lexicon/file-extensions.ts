/**
 * File extensions of images and documents a web page shows in its text (`logo_2010.jpg`,
 * `rapport-2019.pdf`): a number right before one is part of a file name.
 */
export const FILE_EXTENSIONS: readonly string[] = [
  'jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'bmp', 'tif', 'tiff', 'pdf', 'doc', 'docx', 'odt', 'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp', 'csv', 'zip', 'mp3', 'mp4',
];

/**
 * How cameras and phones name their pictures (`DSC_2031.JPG`, `IMG 2019`): the number after one is a
 * picture's serial number, which a page shows as a caption or OCR reads off a thumbnail, never a year.
 * Written in capitals, as the devices write them.
 */
export const CAMERA_FILE_PREFIXES: readonly string[] = ['DSC', 'DSCN', 'DSCF', 'IMG', 'PICT', 'DCIM', 'MVI', 'GOPR'];

/**
 * Words that open the name a scanner, a phone or a scanning app gives a file (`scan_2024…`,
 * `CamScanner 12-03-2024`, `Numérisation…`): the date after them is the day the file was made, not
 * the document's. Compared without case.
 */
export const DEVICE_FILE_WORDS: readonly string[] = [
  'scan', 'scans', 'scanned', 'scanner', 'camscanner', 'numérisation', 'numerisation', 'numérisé', 'numerise',
  'img', 'image', 'dsc', 'dscn', 'dscf', 'pict', 'photo', 'capture', 'screenshot', 'whatsapp', 'pxl', 'signal',
];
