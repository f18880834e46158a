/**
 * File extensions of images and documents a web page shows in its text (`logo_2010.jpg`,
 * `rapport-2019.pdf`): a number right before one is part of a file name.
 */
export const FILE_EXTENSIONS: readonly string[] = [
  'jpg', 'jpeg', 'png', 'gif', 'webp', 'svg', 'bmp', 'tif', 'tiff', 'pdf', 'doc', 'docx', 'odt', 'xls', 'xlsx', 'ods', 'ppt', 'pptx', 'odp', 'csv', 'zip', 'mp3', 'mp4',
];
