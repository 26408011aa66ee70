// The seven platform panels. (Built out in platforms/.)
import { Empty } from 'antd';

export function PlatformsView() {
  return <Empty className="detail-empty" description="七大平台" />;
}
