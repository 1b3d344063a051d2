import sys
def wrap(p, W, indent=True):
    s=('　　' if indent else '')+p
    out=[]
    while s:
        out.append(s[:W]); s=s[W:]
    return out
L=[]
L+=['河畔湿地公园正式开园','']
L+=wrap('本报讯（记者 韩雪）10月18日，位于城北的河畔湿地公园正式向市民开放，公园总面积约一千二百亩。',17, False)
L+=wrap('公园以生态保护为主，保留了原有的芦苇荡和水鸟栖息地，新建步道八公里。',17)
# width changes: text flows round a photo
L+=wrap('开园当天，不少市民带着孩子前来游玩。市民王女士说：“周末终于有个亲近自然的好去处了。”',11)
L+=wrap('据悉，公园还将定期举办自然科普活动。',11)
L+=['']
L+=['图为市民在湿地公园游玩。','韩雪 摄','']
sys.stdout.write('\n'.join(L)+'\n')
