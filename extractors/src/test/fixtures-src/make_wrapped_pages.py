"""Writes the hard-wrapped test pages of OtherLayoutsTest (invented text, no seed content).

Run from this folder: python3 make_wrapped_pages.py
"""
import os

OUT = os.path.join('..', 'resources', 'dev', 'banmian', 'extract', 'pages')


def wrap(p, width, indent=True):
    """Hard-wraps one paragraph at `width` characters, with a full-width indent."""
    s = ('　　' if indent else '') + p
    out = []
    while s:
        out.append(s[:width])
        s = s[width:]
    return out


def bracketed_labels():
    lines = ['【民生观察】', '', '老旧社区焕新颜', '居民生活更舒心', '', '记者 郑晓燕 通讯员 何磊', '']
    for p in ['今年以来，我市把老旧小区改造作为重要民生工程，累计完成改造项目四十二个，惠及居民一万余户。',
              '在城南街道某小区，记者看到，新铺设的沥青路面平整干净，楼道里安装了感应灯，小区中央还建起了健身广场。',
              '“以前下雨天路上全是积水，现在出门方便多了。”居民周大妈笑着说。',
              '据介绍，改造过程中，街道坚持问需于民，先后召开居民议事会十余次，收集意见建议二百多条。']:
        lines += wrap(p, 17)
    lines += ['', '图为改造后的小区健身广场。', '（图片由城南街道提供）', '', '【评论】', '', '让“微更新”释放大能量', '']
    for p in ['老旧小区改造是一项系统工程，既要改好“面子”，更要做好“里子”。',
              '只有坚持以人民为中心，把群众满意作为标准，才能让改造成果真正惠及于民。']:
        lines += wrap(p, 17)
    return lines + ['（作者系市委党校讲师）', '']


def width_change():
    lines = ['河畔湿地公园正式开园', '']
    lines += wrap('本报讯（记者 韩雪）10月18日，位于城北的河畔湿地公园正式向市民开放，公园总面积约一千二百亩。', 17, False)
    lines += wrap('公园以生态保护为主，保留了原有的芦苇荡和水鸟栖息地，新建步道八公里。', 17)
    # the column narrows: text flowing round a photo
    lines += wrap('开园当天，不少市民带着孩子前来游玩。市民王女士说：“周末终于有个亲近自然的好去处了。”', 11)
    lines += wrap('据悉，公园还将定期举办自然科普活动。', 11)
    return lines + ['', '图为市民在湿地公园游玩。', '韩雪 摄', '']


def every_line_blank():
    """A blank line after every line (as some PDF extractors emit), headline before its body."""
    lines = ['社区食堂开进老街巷', '本报记者 黄丽', '']
    for p in ['9月20日，东城街道首家社区食堂正式营业，为辖区老年人提供平价午餐。',
              '食堂由闲置仓库改造而成，可同时容纳六十人就餐，每餐提供四菜一汤。',
              '“饭菜可口，价格也实惠。”七十八岁的刘大爷说。']:
        lines += wrap(p, 14)
    lines += ['', '义务植树添新绿', '']
    lines += wrap('本报讯（通讯员 马强）近日，城西区组织机关干部到河滩开展义务植树活动，共栽种树苗两千余株。', 14, False)
    lines += wrap('活动现场，大家分工协作，挖坑、扶苗、培土、浇水，干得热火朝天。', 14)
    return ['\n'.join(lines).replace('\n', '\n\n')]


for name, lines in [('every-line-blank.txt', every_line_blank()), ('wrapped-bracketed-labels.txt', bracketed_labels()), ('width-change-inside-article.txt', width_change())]:
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
