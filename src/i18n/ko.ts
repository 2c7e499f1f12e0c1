/** Korean labels. The English table must have the same shape (checked by the Labels type). */

/** A file the CDN script imports on use is missing: it must come from the same release (see README). */
export const koBesideScript = (file: string) => `스크립트 옆에 wfp-widgets.js와 같은 배포본의 ${file}가 있는지 확인하세요.`;

export const ko = {
  common: {
    loading: '데이터를 불러오는 중입니다',
    retry: '다시 시도',
    source: '출처',
    /**
     * Invisible text of a loading skeleton's source line: the official dataset's, so the skeleton
     * wraps like the line that replaces it (no layout shift with real fonts).
     */
    sourceSample: '서울특별시 여성가족정책실 「주요업무보고」(2024년 4월) · 2024년 3월 말 기준',
    /**
     * Who published what, and when: on a 구청 portal "여성가족정책실" alone reads as the district's
     * own office, so the publisher (the city) is always named.
     */
    citation: <T>(publisher: T, title: T, reported: string) => [publisher, ' 「', title, `」(${reported})`],
    /** The error box's title, naming what the widget could not show (keyed by tag; `other` for a subclass under another tag). */
    errorTitles: {
      'wfp-execution-gauge': '예산 집행 현황을 표시할 수 없습니다',
      'wfp-staffing-table': '정원·현원 표를 표시할 수 없습니다',
      'wfp-program-card': '사업 정보를 표시할 수 없습니다',
      'wfp-program-list': '사업 목록을 표시할 수 없습니다',
      'wfp-facility-locator': '시설 안내를 표시할 수 없습니다',
      other: '이 정보를 표시할 수 없습니다',
    } as Record<string, string>,
    dataErrors: {
      network: (url: string) => `데이터 파일(${url})에 연결하지 못했습니다. 네트워크 연결을 확인하세요.`,
      timeout: (url: string) => `데이터 파일(${url})이 제한 시간 안에 응답하지 않았습니다.`,
      http: (url: string, status: number) =>
        `데이터 파일(${url})을 받지 못했습니다 (HTTP ${status}${status === 404 ? ', 파일 없음). 주소와 파일 위치를 확인하세요.' : ').'}`,
      /** `sent`: a web page (wrong path, login), a table (CSV or a spreadsheet, not JSON at all), or another label. */
      'content-type': (url: string, type: string, sent: 'page' | 'table' | 'other') =>
        `데이터 파일(${url})이 JSON이 아닌 ${type} 형식으로 전송되었습니다. ${sent === 'page' ? '경로가 틀렸거나 로그인이 필요한 주소일 수 있습니다.' : sent === 'table' ? 'CSV·엑셀 파일은 쓸 수 없습니다. JSON으로 만들어 올리세요.' : '서버가 이 파일을 application/json으로 보내도록 설정하세요.'}`,
      'too-large': (url: string, limit: string) => `데이터 파일(${url})이 너무 큽니다(한도 ${limit}).`,
      /** `at`: where the error is and what to do, when the syntax checker could work it out. */
      /** `checkerMissing`: wfp-json-syntax.js, which finds `at`, is missing beside the CDN script. */
      json: (url: string, at?: { place: string; reason: string }, checkerMissing?: boolean) =>
        `데이터 파일(${url})이 올바른 JSON이 아닙니다.${at ? ` ${at.place}: ${at.reason}.` : ''}${__WFP_CDN__ && checkerMissing ? ` 틀린 곳을 찾는 파일을 불러오지 못했습니다. ${koBesideScript('wfp-json-syntax.js')}` : ''}`,
      encoding: (url: string) => `데이터 파일(${url})이 UTF-8이 아닙니다(EUC-KR 등). UTF-8로 저장해 올리세요.`,
      /** Added to `network` for another site's file: the browser reports a CORS refusal as a network failure. */
      cors: (origin: string) => `다른 사이트(${origin})의 파일이면 그 서버가 CORS(Access-Control-Allow-Origin)로 이 페이지를 허용해야 합니다.`,
      // In the CDN build the validator is a file beside the script that a webmaster may not have copied;
      // it is needed for the official data too where crypto.subtle is missing (plain HTTP, not localhost).
      validator: (url: string) =>
        `데이터 파일(${url})을 검사하는 프로그램 파일을 불러오지 못했습니다. ${__WFP_CDN__ ? `${koBesideScript('wfp-validator.js')} HTTPS도 localhost도 아닌 페이지에서는 공식 데이터에도 필요합니다.` : '네트워크 연결을 확인한 뒤 페이지를 새로 고치세요.'}`,
      schema: (count: number) => `데이터가 검사를 통과하지 못했습니다(문제 ${count}건). ${count > 20 ? '처음 20건은' : '문제 전체는'} 브라우저 콘솔에 있습니다.`,
    },
    problemAt: (path: string, message: string) => `첫 번째 문제: ${path} — ${message}`,
    /** A misspelt field beside the errors: often their cause. */
    likelyCause: (path: string, message: string) => `원인일 수 있는 항목: ${path} — ${message}`,
    invalidHeadlineLevel: (value: string) => `headline-level="${value}"은(는) 쓸 수 없습니다. 2부터 6 사이의 정수를 쓰세요.`,
  },
} as const;
