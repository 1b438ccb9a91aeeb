// The campaign's contact with each nation's health minister: dates shared by asks, updates and milestones.

export const meetings = {
  scotland: { date: '2019-12-10', minister: 'Jeane Freeman, Cabinet Secretary for Health and Sport' },
  england: { date: '2020-01-21', minister: 'Matt Hancock, Secretary of State for Health and Social Care' },
} as const

export const meetingRequests = {
  /** The letters sent at launch, when Northern Ireland had no Executive. */
  atLaunch: '2019-04-30',
  /** Renewed requests to Wales, and the first to Northern Ireland's new Minister of Health. */
  walesAndNorthernIreland: '2020-01-30',
} as const
